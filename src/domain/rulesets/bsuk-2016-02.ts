import { COMPETENCY_IDS } from "../competencies.ts";
import type { Ruleset } from "../ruleset.ts";

/** Criteria for accreditation of Balint group leaders by the Balint Society UK (February 2016). */
export const BSUK_2016_02: Ruleset = {
  id: "bsuk-2016-02",
  title: "Accreditation of Balint group leaders",
  source: "Balint Society UK criteria, February 2016",
  society: "Balint Society UK",
  inForceFrom: "2016-02-01",
  note: "The society's criteria are intended as guidelines and not prescriptive rules. The leadership subcommittee decides; nothing here stops anyone applying.",
  // The bot's reading: the page counts "sessions … at Balint Society weekends" towards the 20
  // without saying how many. A weekend entry records the small-group sessions attended; when it
  // does not, we assume 5, the usual number (an interpretation to confirm: docs/criteria.md).
  sessionsPerWeekend: 5,
  criteria: [
    {
      kind: "declaration",
      id: "membership",
      title: "Member of the UK Balint Society",
      guideline: "Is expected to be a member of the UK Balint Society.",
      field: "ukBalintMember",
      confirmedOnField: "membershipConfirmedOn",
      question: "Tell us whether you are a member of the UK Balint Society.",
      saidYes: "You have said you are a member of the UK Balint Society.",
      saidNo: "You have said you are not a member yet; the society expects leaders to be members.",
    },
    {
      kind: "profile_text",
      id: "professional-training",
      title: "Professional training",
      guideline: "Has professional training in a health or health related field.",
      field: "professionalTraining",
      question: "Tell us about your professional training in a health or health-related field.",
    },
    {
      kind: "alternatives",
      id: "member-experience",
      title: "Experience as a group member",
      guideline:
        "Has psychoanalytic training: at least 8 group sessions during or after professional training OR 2 Balint Society weekends as ordinary group member. Has NO psychoanalytic training: at least 20 group sessions in an ongoing group or at Balint Society weekends in ordinary Balint groups.",
      field: "psychoanalyticTraining",
      detailsField: "psychoanalyticTrainingDetails",
      question: "Tell us whether you have psychoanalytic training.",
      whenYes: {
        label: "with psychoanalytic training",
        options: [
          {
            label: "group sessions, weekends included",
            counts:
              "group sessions as a member, and the small-group sessions attended at Balint Society weekends (during or after professional training)",
            unit: "sessions",
            need: 8,
            terms: [
              { kind: "group_member", weight: 1 },
              { kind: "weekend_member", weight: "sessionsPerWeekend" },
            ],
          },
          {
            label: "Balint Society weekends as a member",
            counts: "weekends attended as an ordinary group member",
            unit: "weekends",
            need: 2,
            terms: [{ kind: "weekend_member", weight: 1 }],
          },
        ],
      },
      whenNo: {
        label: "without psychoanalytic training",
        options: [
          {
            label: "group sessions, weekends included",
            counts:
              "sessions in an ongoing group, and the small-group sessions attended at Balint Society weekends",
            unit: "sessions",
            need: 20,
            terms: [
              { kind: "group_member", weight: 1 },
              { kind: "weekend_member", weight: "sessionsPerWeekend" },
            ],
          },
        ],
      },
    },
    {
      kind: "count",
      id: "co-leading",
      title: "Co-led sessions",
      guideline:
        "Co-lead a Balint group (20 sessions minimum) with a Balint Society accredited leader if possible.",
      unit: "sessions",
      need: 20,
      terms: [
        { kind: "coled", weight: 1 },
        { kind: "led_supervised", weight: 1 },
      ],
      // Only co-led sessions can be "with" an accredited leader: a session led under supervision
      // names the supervisor, who was not in the group.
      preferAccreditedCounterpart: { kinds: ["coled"] },
    },
    {
      kind: "count",
      id: "leadership-courses",
      title: "Leadership courses",
      guideline:
        "Attend at least 2 Balint Society weekend leadership courses, or equivalent leadership training days provided by the Society.",
      unit: "courses",
      need: 2,
      terms: [
        { kind: "leadership_course", weight: 1 },
        { kind: "training_day", weight: 1, equivalentTo: "leadership_course" },
      ],
    },
    {
      kind: "supervision",
      id: "supervision",
      title: "Supervision",
      guideline:
        "Have supervision on a group for a period of time until the supervisor is happy to do a written report and leader feels ready to apply.",
      activityKind: "supervision",
    },
    {
      kind: "competencies",
      id: "competencies",
      title: "Competencies",
      guideline: "Develop a portfolio and demonstrate competencies with a supervisor.",
      competencies: COMPETENCY_IDS,
    },
    {
      kind: "portfolio",
      id: "portfolio",
      title: "Portfolio",
      guideline:
        "Develop a portfolio. The supervisor will encourage the leader in training to make their own notes on groups they attend as participants and lead.",
    },
    {
      kind: "report",
      id: "supervisor-report",
      title: "Supervisor's report",
      guideline:
        "Complete and submit the leadership form, and the supervisor's report to the leadership group who then make a recommendation to the Balint Council.",
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
