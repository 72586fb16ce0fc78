import { COMPETENCY_IDS } from "../competencies.ts";
import type { Ruleset } from "../ruleset.ts";

/**
 * The International Balint Federation's Guidelines for Accreditation of Balint Leaders
 * (Salzburg, 14 May 2016): parameters for national societies, deliberately without numbers.
 */
export const IBF_2016_05: Ruleset = {
  id: "ibf-2016-05",
  title: "Guidelines for accreditation of Balint leaders",
  society: "International Balint Federation",
  source:
    "International Balint Federation, Guidelines for Accreditation of Balint Leaders, Salzburg, 14 May 2016 (balintinternational.com)",
  inForceFrom: "2016-05-14",
  note: 'Parameters for national societies, deliberately without numbers ("sufficient"): the accreditation committee judges each one at its discretion.',
  criteria: [
    {
      kind: "profile_text",
      id: "professional-training",
      title: "Professional training",
      guideline: "Appropriate professional training.",
      field: "professionalTraining",
      question: "Tell us about your professional training.",
    },
    {
      kind: "qualitative",
      id: "member-experience",
      title: "Experience in a Balint group",
      guideline: "Experience in a Balint group for a sufficient time.",
      lookAt: "whether your time as a member of a Balint group was sufficient",
    },
    {
      kind: "qualitative",
      id: "co-leader-reference",
      title: "Co-leading, and the co-leader's reference",
      guideline: "Co-led with an accredited leader who is invited to give a report/reference.",
      lookAt:
        "your co-leading with an accredited leader, and the report or reference that leader is invited to give",
    },
    {
      kind: "report",
      id: "supervisor-report",
      title: "Supervisor's report",
      guideline: "A supervisor with sufficient knowledge of their work to give a report/reference.",
    },
    {
      kind: "competencies",
      id: "competencies",
      title: "Competencies",
      guideline: "Evaluated on five competencies.",
      competencies: COMPETENCY_IDS,
    },
  ],
  informational: [],
};
