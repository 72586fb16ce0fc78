import { z } from "zod";
import { setUpProfileInput } from "../../../services/progress/set-up-profile.ts";

/** The profile modal's block ids: the use case's field names. */
export const PROFILE_FIELDS = [
  "ukBalintMember",
  "professionalTraining",
  "psychoanalyticTraining",
  "psychoanalyticTrainingDetails",
  "pathwayStartedOn",
] as const;

const YES_NO_FIELDS = ["ukBalintMember", "psychoanalyticTraining"] as const;

/** Reads the "yes"/"no" radio answers as booleans before the use case's schema checks them. */
function readYesNo(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  const answers: Record<string, unknown> = { ...value };
  for (const field of YES_NO_FIELDS) {
    const answer = answers[field];
    answers[field] = answer === "yes" ? true : answer === "no" ? false : answer;
  }
  return answers;
}

/** The profile modal's answers, keyed by block id (the use case's field names). */
export function profileFormSchema(today: string) {
  return z.preprocess(readYesNo, setUpProfileInput(today));
}
