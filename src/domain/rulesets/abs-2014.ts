import type { CountTerm, Ruleset } from "../ruleset.ts";

const INTENSIVE: CountTerm = {
  kind: "leadership_course",
  weight: 1,
  noun: ["leadership intensive", "leadership intensives"],
};

/**
 * Leader credentialing by the American Balint Society: the "Intro to Credentialing" and
 * "Credentialing Roadmap" pages (undated; the credentialing committee was created in 2014).
 */
export const ABS_2014: Ruleset = {
  id: "abs-2014",
  title: "Balint leader credentialing",
  society: "American Balint Society",
  source:
    "American Balint Society, Intro to Credentialing and Credentialing Roadmap (americanbalintsociety.org)",
  inForceFrom: "2014-01-01",
  inForceFromAssumed:
    "The pages are undated; the credentialing committee was created in 2014, and the bot assumes 1 January 2014.",
  note: "The ABS Council decides. The Credentialing Procedures document has not been retrieved: what it adds is not shown here.",
  criteria: [
    {
      kind: "declaration",
      id: "membership",
      title: "Member of the American Balint Society",
      guideline: "Member of the ABS, throughout the process.",
      field: "ukBalintMember",
      confirmedOnField: "membershipConfirmedOn",
      question: "Tell us whether you are a member of the American Balint Society.",
      saidYes: "You have said you are a member of the American Balint Society.",
      saidNo:
        "You have said you are not a member yet; the society asks for membership throughout the process.",
    },
    {
      kind: "count",
      id: "first-intensive",
      title: "A 4-day leadership intensive",
      guideline: "First, a Balint leadership 4-day intensive.",
      unit: "intensives",
      need: 1,
      timing: "before_applying",
      terms: [INTENSIVE],
    },
    {
      kind: "rate",
      id: "recorded-supervision",
      title: "Supervision on recorded groups",
      guideline:
        "A supervisor supervises recorded Balint groups, six times a year for 2 years: at least 12 supervision sessions over those 2 years, with video or audio recordings.",
      unit: "supervision sessions on recorded groups",
      need: 12,
      periodMonths: 24,
      periods: 1,
      terms: [{ kind: "supervision", weight: 1, only: { recorded: true } }],
    },
    {
      kind: "rate",
      id: "leading-monthly",
      title: "Leading every month",
      guideline: "Lead or co-lead Balint groups regularly, no less than once a month, for 2 years.",
      unit: "led or co-led sessions",
      need: 1,
      periodMonths: 1,
      periods: 24,
      terms: [
        { kind: "coled", weight: 1 },
        { kind: "led_supervised", weight: 1 },
      ],
    },
    {
      kind: "qualitative",
      id: "debriefing",
      title: "Debriefing with the co-leader",
      guideline: "Debrief with the co-leader after every group.",
      lookAt: "how you debriefed with your co-leader after every group",
    },
    {
      kind: "count",
      id: "intensives",
      title: "Three intensives",
      guideline:
        "Three intensives in total, including the first; the last is the credentialing intensive, where the candidate is evaluated.",
      unit: "intensives",
      need: 3,
      terms: [INTENSIVE],
    },
    {
      kind: "qualitative",
      id: "credentialing-intensive",
      title: "Evaluation at the credentialing intensive",
      guideline:
        "The last intensive is the credentialing intensive, where the candidate is evaluated. The ABS Council decides.",
      lookAt: "your evaluation at the credentialing intensive, your last",
    },
  ],
  informational: [],
};
