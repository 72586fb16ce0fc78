import { COMPETENCY_IDS } from "../competencies.ts";
import type { AlternativeOption, Ruleset } from "../ruleset.ts";

const SESSIONS_WITH_WEEKENDS = {
  label: "group sessions, weekends included",
  unit: "sessions",
  terms: [
    { kind: "group_member", weight: 1 },
    { kind: "weekend_member", weight: "sessionsPerWeekend" },
  ],
} as const;

const WEEKENDS: AlternativeOption = {
  label: "Balint Society weekends as a member",
  counts: "weekends attended as an ordinary group member",
  unit: "weekends",
  need: 2,
  terms: [{ kind: "weekend_member", weight: 1 }],
};

/**
 * Criteria for accreditation of Balint group leaders by the Balint Society UK, April 2020: the
 * same numbers as February 2016, in softer words, with reworded competencies.
 */
export const BSUK_2020_04: Ruleset = {
  id: "bsuk-2020-04",
  title: "Accreditation of Balint group leaders",
  society: "Balint Society UK",
  source:
    "Balint Society UK, Criteria for accreditation of Balint Group Leaders, April 2020 (balint.co.uk/leadership-2/criteria-for-accreditation/)",
  inForceFrom: "2020-04-01",
  inForceFromAssumed: "The criteria say April 2020 without a day; the bot assumes 1 April 2020.",
  note: "The society's criteria are still guidelines and not prescriptive rules. The leadership team decides; nothing here stops anyone applying.",
  // As in 2016: the typical number of small-group sessions at a weekend (docs/criteria.md).
  sessionsPerWeekend: 5,
  competencyWording: {
    C1: {
      title: "A safe and free environment",
      text: "… protecting the frame and boundaries of the group.",
    },
    C3: {
      title: "Group and unconscious processes",
      text: "Demonstrate an awareness of group processes …",
    },
    C4: { title: "Open to learning about their own style", text: "Demonstrate an openness …" },
    C5: {
      title: "Ongoing development",
      text: "Recognise that becoming an accredited Balint leader is not an end in itself …",
    },
  },
  criteria: [
    {
      kind: "declaration",
      id: "membership",
      title: "Member of the UK Balint Society",
      guideline:
        "Is a member of the UK Balint Society. Membership must be maintained once accredited.",
      field: "ukBalintMember",
      confirmedOnField: "membershipConfirmedOn",
      question: "Tell us whether you are a member of the UK Balint Society.",
      saidYes: "You have said you are a member of the UK Balint Society.",
      saidNo: "You have said you are not a member yet; leaders are members of the society.",
    },
    {
      kind: "qualitative",
      id: "professional-training",
      title: "Professional training",
      guideline:
        "Usually has professional training in a health or a health related field. Other professional groups may also use the Balint method e.g. clergy, teachers.",
      lookAt:
        "your professional training, usually in a health or health-related field (other professions, such as clergy and teachers, also use the Balint method)",
    },
    {
      kind: "alternatives",
      id: "member-experience",
      title: "Experience as a group member",
      guideline:
        "Has psychoanalytic/psychodynamic training: at least 8 group sessions during or after professional training OR 2 Balint Society weekends as an ordinary member. Without it: at least 20 group sessions in an ongoing group or at Balint Society weekends in ordinary groups.",
      field: "psychoanalyticTraining",
      detailsField: "psychoanalyticTrainingDetails",
      question: "Tell us whether you have psychoanalytic or psychodynamic training.",
      whenYes: {
        label: "with psychoanalytic or psychodynamic training",
        options: [
          {
            ...SESSIONS_WITH_WEEKENDS,
            counts:
              "group sessions as a member, and the small-group sessions attended at Balint Society weekends (during or after professional training)",
            need: 8,
          },
          WEEKENDS,
        ],
      },
      whenNo: {
        label: "without psychoanalytic or psychodynamic training",
        options: [
          {
            ...SESSIONS_WITH_WEEKENDS,
            counts:
              "sessions in an ongoing group, and the small-group sessions attended at Balint Society weekends",
            need: 20,
          },
        ],
      },
    },
    {
      kind: "count",
      id: "led-by-accredited",
      title: "Member sessions led by an accredited leader",
      guideline:
        "Experience of being in a Balint group led by an accredited leader (the required experience and training programme).",
      unit: "sessions",
      need: 1,
      terms: [{ kind: "group_member", weight: 1, only: { withAccreditedCounterpart: true } }],
    },
    {
      kind: "count",
      id: "co-leading",
      title: "Co-led sessions",
      guideline:
        "Co-lead one or more Balint groups, 20 sessions minimum, with an accredited leader if possible. Experience of leading a group in only one setting may not be sufficient; if you lead alone, also seek to co-lead (which may be at a Balint weekend).",
      unit: "sessions",
      need: 20,
      terms: [
        { kind: "coled", weight: 1 },
        { kind: "led_supervised", weight: 1 },
      ],
      preferAccreditedCounterpart: { kinds: ["coled"] },
    },
    {
      kind: "count",
      id: "leadership-courses",
      title: "Leadership courses",
      guideline:
        "At least two Balint Society weekend leadership groups, or equivalent leadership training days provided by the Society.",
      unit: "courses",
      need: 2,
      terms: [
        { kind: "leadership_course", weight: 1 },
        { kind: "training_day", weight: 1, equivalentTo: "leadership_course" },
      ],
    },
    {
      kind: "count",
      id: "two-day-event",
      title: "A two-day event",
      guideline: "We prefer you to attend at least one two day event.",
      desirable: true,
      unit: "weekend leadership courses",
      need: 1,
      terms: [{ kind: "leadership_course", weight: 1 }],
    },
    {
      kind: "supervision",
      id: "supervision",
      title: "Supervision",
      guideline:
        "Supervision until the supervisor is happy to give a written report on your competencies and you feel ready to apply. The supervisor is an accredited leader with experience of supervision; supervision is normally one to one or one to two; co-leaders are best supervised together.",
      activityKind: "supervision",
    },
    {
      kind: "competencies",
      id: "competencies",
      title: "Competencies",
      guideline: "The five competencies, demonstrated with the supervisor.",
      competencies: COMPETENCY_IDS,
    },
    {
      kind: "report",
      id: "supervisor-report",
      title: "Supervisor's report",
      guideline:
        "The supervisor's written report goes to the leadership team together with the leadership accreditation application form.",
    },
  ],
  informational: [
    {
      id: "peer-workshops",
      title: "Leaders' peer supervision workshops",
      kinds: ["peer_workshop"],
      unit: "workshops",
      note: "part of the society's training programme; not required for accreditation",
    },
  ],
};
