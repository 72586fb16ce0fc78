import type { CountTerm, Ruleset } from "../ruleset.ts";

const INTENSIVE: readonly [string, string] = ["intensive", "intensives"];

const LEADING_MEETINGS: readonly CountTerm[] = [
  { kind: "coled", weight: 1, noun: ["co-led meeting", "co-led meetings"] },
  { kind: "led_supervised", weight: 1, noun: ["led meeting", "led meetings"] },
];

/**
 * Leader accreditation by the Balint Society of Australia and New Zealand: the accreditation
 * pathway approved by the BSANZ Board in June 2021, with the supervisor–supervisee agreement
 * (endorsed 2 May 2017).
 */
export const BSANZ_2021_06: Ruleset = {
  id: "bsanz-2021-06",
  title: "Accredited leadership: the accreditation pathway",
  society: "Balint Society of Australia and New Zealand",
  source:
    "BSANZ accreditation pathway, approved by the BSANZ Board in June 2021 (balintaustralianewzealand.org/accredited-leadership/accreditation-pathway/)",
  inForceFrom: "2021-06-01",
  inForceFromAssumed: "The pathway says June 2021 without a day; the bot assumes 1 June 2021.",
  note: "The pathway takes two to three years. Recognition of prior learning may be applied for, and a yearly online record of training is kept. The Accreditation Committee decides; nothing here stops anyone applying.",
  criteria: [
    {
      kind: "amounts",
      id: "leading",
      title: "Case discussions led or co-led",
      guideline:
        "Essential: lead and/or co-lead at least 30 case discussions over at least 20 group meetings (led or co-led count equally).",
      options: [
        {
          label: "led or co-led",
          parts: [
            {
              unit: "case discussions",
              need: 30,
              terms: [
                {
                  kind: "coled",
                  weight: "caseDiscussions",
                  noun: ["co-led meeting", "co-led meetings"],
                },
                {
                  kind: "led_supervised",
                  weight: "caseDiscussions",
                  noun: ["led meeting", "led meetings"],
                },
              ],
            },
            { unit: "group meetings", need: 20, terms: LEADING_MEETINGS },
          ],
        },
      ],
    },
    {
      kind: "rate",
      id: "supervision",
      title: "Supervision sessions",
      guideline:
        "Essential: at least 10 supervision sessions each year with an accredited BSANZ Leader Trainer (group supervision allowed).",
      unit: "supervision sessions",
      need: 10,
      periodMonths: 12,
      // The bot's reading: "each year" of a pathway that "takes two to three years", so at
      // least two years in a row (docs/criteria.md, interpretations).
      periods: 2,
      terms: [{ kind: "supervision", weight: 1 }],
    },
    {
      kind: "periodic_reports",
      id: "supervision-reports",
      title: "Supervision reports",
      guideline:
        "Essential: six-monthly supervision reports, four or more in all, and a final report discussed with the trainee first.",
      need: 4,
      everyMonths: 6,
      latestSaysReady: true,
    },
    {
      kind: "amounts",
      id: "intensives",
      title: "Intensives",
      guideline:
        "Essential: two BSANZ intensives, OR one BSANZ intensive plus one international leadership workshop (IBF or ABS), the latter approved in advance by the Accreditation Committee.",
      options: [
        {
          label: "two BSANZ intensives",
          parts: [
            {
              unit: "BSANZ intensives",
              need: 2,
              terms: [
                {
                  kind: "leadership_course",
                  weight: 1,
                  noun: INTENSIVE,
                  only: { providers: ["BSANZ"] },
                },
              ],
            },
          ],
        },
        {
          label: "one BSANZ intensive and one international workshop approved in advance",
          parts: [
            {
              unit: "BSANZ intensives",
              need: 1,
              terms: [
                {
                  kind: "leadership_course",
                  weight: 1,
                  noun: INTENSIVE,
                  only: { providers: ["BSANZ"] },
                },
              ],
            },
            {
              unit: "international leadership workshops approved in advance",
              need: 1,
              terms: [
                {
                  kind: "leadership_course",
                  weight: 1,
                  noun: ["international workshop", "international workshops"],
                  only: { providers: ["IBF", "ABS"], approvedInAdvance: true },
                },
              ],
            },
          ],
        },
      ],
    },
    {
      kind: "count",
      id: "co-leading-accredited",
      title: "Co-leading with an accredited leader",
      guideline: "Desirable: co-lead with an accredited leader for the equivalent of 20 meetings.",
      desirable: true,
      unit: "meetings",
      need: 20,
      terms: [{ kind: "coled", weight: 1, only: { withAccreditedCounterpart: true } }],
    },
    {
      kind: "qualitative",
      id: "ongoing-group",
      title: "Membership of an ongoing Balint group",
      guideline: "Desirable: membership of an ongoing Balint group.",
      desirable: true,
      lookAt: "whether you belong to an ongoing Balint group",
    },
    {
      kind: "qualitative",
      id: "first-year-supervision-group",
      title: "A supervision group in the first year",
      guideline: "Desirable: a supervision group in the first year.",
      desirable: true,
      lookAt: "whether you were in a supervision group in your first year",
    },
    {
      kind: "face_to_face_share",
      id: "face-to-face",
      title: "Face-to-face experience",
      guideline:
        "Desirable: at least half of group membership or leadership experience face to face.",
      desirable: true,
      unit: "sessions",
      minShare: 0.5,
      terms: [{ kind: "group_member", weight: 1 }, ...LEADING_MEETINGS],
    },
  ],
  informational: [],
};
