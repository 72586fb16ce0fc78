/**
 * The leadership interest form (Balint Society UK, 2016): the experience an enquirer
 * sends to the leadership team, who advise on a training pathway. No certificates needed.
 */
import { z } from "zod";
import { refusePatientDetails } from "./patient-details.ts";

export const MEMBERSHIP_ANSWERS = ["member", "not_member", "applying"] as const;
export type MembershipAnswer = (typeof MEMBERSHIP_ANSWERS)[number];

export const MEMBERSHIP_LABELS: Record<MembershipAnswer, string> = {
  member: "Yes, a member",
  not_member: "Not a member",
  applying: "Applying / about to join",
};

/** Length limits, shared with the modal so Slack enforces them as the user types. */
export const ENQUIRY_LIMITS = {
  professionalTraining: { min: 2, max: 300 },
  psychoanalyticTrainingDetails: { max: 500 },
  groupSessions: { min: 0, max: 2000 },
  groupWhere: { max: 500 },
  groupWhen: { max: 300 },
  coLeading: { max: 1000 },
  leading: { max: 1000 },
  supervision: { max: 1000 },
  hopes: { min: 5, max: 2000 },
} as const;

export const NO_PATIENT_DETAILS =
  "Balint groups are confidential: please give no patient details here.";

const L = ENQUIRY_LIMITS;

function requiredText(min: number, max: number, what: string) {
  return z
    .string({ error: `Please tell us ${what}.` })
    .trim()
    .min(min, `Please tell us ${what} (at least ${min} characters).`)
    .max(max, `Please keep ${what} to ${max} characters or fewer.`)
    .superRefine(refusePatientDetails);
}

/** Optional free text: empty, blank or missing all become null. */
function optionalText(max: number, what: string) {
  return z
    .string()
    .trim()
    .max(max, `Please keep ${what} to ${max} characters or fewer.`)
    .superRefine(refusePatientDetails)
    .nullish()
    .transform((value) => (value ? value : null));
}

export const enquiryAnswersSchema = z.object({
  /** Professional training and field, e.g. "GP, general practice". */
  professionalTraining: requiredText(
    L.professionalTraining.min,
    L.professionalTraining.max,
    "your professional training and field",
  ),
  ukBalintMember: z.enum(MEMBERSHIP_ANSWERS, {
    error: "Please say whether you are a member of the UK Balint Society.",
  }),
  psychoanalyticTraining: z.boolean({
    error: "Please say whether you have psychoanalytic training.",
  }),
  psychoanalyticTrainingDetails: optionalText(
    L.psychoanalyticTrainingDetails.max,
    "your psychoanalytic training",
  ),
  /** Balint group experience as a member: about how many sessions, where, when. */
  groupSessions: z
    .number({ error: "Please give about how many Balint group sessions you have attended." })
    .int("Please give the number of group sessions as a whole number.")
    .min(L.groupSessions.min, "The number of group sessions cannot be negative.")
    .max(
      L.groupSessions.max,
      `Please give a number of group sessions up to ${L.groupSessions.max}.`,
    ),
  groupWhere: optionalText(L.groupWhere.max, "where you were a group member"),
  groupWhen: optionalText(L.groupWhen.max, "when you were a group member"),
  /** Leadership experience so far. */
  coLeading: optionalText(L.coLeading.max, "your co-leading experience"),
  leading: optionalText(L.leading.max, "your leading experience"),
  supervision: optionalText(L.supervision.max, "your supervision so far"),
  hopes: requiredText(L.hopes.min, L.hopes.max, "what you hope for"),
});

export type EnquiryAnswers = z.output<typeof enquiryAnswersSchema>;
export type EnquiryAnswersInput = z.input<typeof enquiryAnswersSchema>;

/** Answers read back from storage; null when the JSON no longer fits the form. */
export function parseStoredAnswers(json: string): EnquiryAnswers | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  const parsed = enquiryAnswersSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export interface EnquiryLine {
  label: string;
  value: string;
}

/** The answers as labelled lines, in the form's order, for the leadership team's post. */
export function enquiryLines(answers: EnquiryAnswers): EnquiryLine[] {
  const dash = (value: string | null) => value ?? "—";
  const analytic = answers.psychoanalyticTraining ? "Yes" : "No";
  return [
    { label: "Professional training and field", value: answers.professionalTraining },
    { label: "UK Balint Society member", value: MEMBERSHIP_LABELS[answers.ukBalintMember] },
    {
      label: "Psychoanalytic training",
      value: answers.psychoanalyticTrainingDetails
        ? `${analytic}: ${answers.psychoanalyticTrainingDetails}`
        : analytic,
    },
    { label: "Balint group sessions as a member (about)", value: String(answers.groupSessions) },
    { label: "Where", value: dash(answers.groupWhere) },
    { label: "When", value: dash(answers.groupWhen) },
    { label: "Co-leading so far", value: dash(answers.coLeading) },
    { label: "Leading so far", value: dash(answers.leading) },
    { label: "Supervision so far", value: dash(answers.supervision) },
    { label: "What they hope for", value: answers.hopes },
  ];
}

/** The refusal when a second person tries to answer: "Dr X already replied on 26 Nov 2026." */
export function alreadyRepliedMessage(replierName: string, day: string): string {
  return `${replierName} already replied on ${day}.`;
}
