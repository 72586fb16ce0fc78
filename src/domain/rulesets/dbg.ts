import type { CountTerm, Ruleset } from "../ruleset.ts";

const GROUP_DOUBLE_HOURS: readonly CountTerm[] = [
  { kind: "group_member", weight: "doubleHours" },
  {
    kind: "weekend_member",
    weight: "doubleHours",
    noun: ["study conference", "study conferences"],
  },
];

const SEMINAR: readonly [string, string] = ["leaders' seminar", "leaders' seminars"];

/**
 * Balint group leader training by the German Balint Society (Deutsche Balint-Gesellschaft), as
 * far as its pages were read: the rest is shown as not yet known, never guessed.
 */
export const DBG: Ruleset = {
  id: "dbg",
  title: "Balint-Gruppenleiter: leader training",
  society: "Deutsche Balint-Gesellschaft",
  source:
    "Deutsche Balint-Gesellschaft, Die Leiterausbildung, and the page for psychologists (balintgesellschaft.de); partly retrieved",
  inForceFrom: "1900-01-01",
  inForceFromAssumed:
    "The pages are undated: the bot treats these criteria as in force for every start date.",
  note: "Only part of the society's criteria has been retrieved. Supervised leading, supervision and any colloquium are not yet known, and the bot shows them so.",
  criteria: [
    {
      kind: "qualification",
      id: "psychotherapy-qualification",
      title: "Psychotherapy qualification",
      guideline:
        "A psychotherapy qualification (Zusatzbezeichnung Psychotherapie/Psychoanalyse, or a specialist title in psychotherapeutic medicine, psychiatry and psychotherapy, or child and adolescent psychiatry and psychotherapy; psychologists: Approbation with psychodynamic or psychoanalytic training), and 3 years' experience after it.",
      answer: "psychotherapyQualification",
      obtainedOnAnswer: "psychotherapyQualifiedOn",
      yearsSince: 3,
      question: "Tell us whether you hold a psychotherapy qualification, and since when.",
    },
    {
      kind: "declaration",
      id: "membership",
      title: "Member of the DBG",
      guideline: "DBG membership at the latest after the first leaders' seminar.",
      field: "ukBalintMember",
      confirmedOnField: "membershipConfirmedOn",
      question: "Tell us whether you are a member of the Deutsche Balint-Gesellschaft.",
      saidYes: "You have said you are a member of the DBG.",
      saidNo:
        "You have said you are not a member yet; membership is needed by the end of your first leaders' seminar at the latest.",
    },
    {
      kind: "count",
      id: "group-before-training",
      title: "Group membership before leader training",
      guideline:
        "Group membership of at least 105 double hours (a double hour is 90 minutes): at least 35 before leader training starts.",
      unit: "double hours",
      need: 35,
      timing: "before_training",
      terms: GROUP_DOUBLE_HOURS,
    },
    {
      kind: "count",
      id: "group-during-training",
      title: "Group membership during leader training",
      guideline:
        "At least 70 more double hours after leader training starts; preferably in a continuous group led by DBG-recognised leaders; part may be at study conferences.",
      unit: "double hours",
      need: 70,
      timing: "from_training_start",
      terms: GROUP_DOUBLE_HOURS,
    },
    {
      kind: "amounts",
      id: "leaders-seminars",
      title: "Leaders' seminars",
      guideline: "6 leaders' seminars totalling at least 30 double hours.",
      options: [
        {
          label: "6 seminars, 30 double hours",
          parts: [
            {
              unit: "leaders' seminars",
              need: 6,
              terms: [{ kind: "leadership_course", weight: 1, noun: SEMINAR }],
            },
            {
              unit: "double hours",
              need: 30,
              terms: [{ kind: "leadership_course", weight: "doubleHours", noun: SEMINAR }],
            },
          ],
        },
      ],
    },
    {
      kind: "qualitative",
      id: "logbook",
      title: "Logbook",
      guideline: "A logbook is kept.",
      lookAt: "your logbook",
    },
    {
      kind: "not_yet_known",
      id: "supervised-leading",
      title: "Supervised leading",
      guideline: "Not retrieved from the society's pages.",
    },
    {
      kind: "not_yet_known",
      id: "supervision",
      title: "Supervision",
      guideline: "Not retrieved from the society's pages.",
    },
    {
      kind: "not_yet_known",
      id: "completion",
      title: "Completion (any colloquium)",
      guideline: "Not retrieved from the society's pages.",
    },
  ],
  informational: [],
};
