import { z } from "zod";
import { AppError } from "../domain/app-error.ts";
import { calendarDate, isFuture, isIsoDate } from "../domain/dates.ts";
import { ENTRY_LIMITS } from "../domain/entry-limits.ts";
import { refusePatientDetails } from "../domain/patient-details.ts";
import type { ServiceContext } from "./context.ts";

/** Shared zod pieces for the use cases, with messages written for the person typing. */

const { count, groupSessions, hours, noteLength, earliestDate } = ENTRY_LIMITS;

/** Today ("YYYY-MM-DD") in the society's time zone. */
export function todayFor(ctx: Pick<ServiceContext, "now" | "timeZone">): string {
  return calendarDate(ctx.now, ctx.timeZone);
}

/** A real "YYYY-MM-DD" date, not after `today` and not before the earliest date. */
export function calendarDateInput(today: string, what = "The date") {
  return z
    .string({
      error: (iss) =>
        iss.input === undefined ? `${what} is missing.` : `${what} must be written as YYYY-MM-DD.`,
    })
    .trim()
    .superRefine((value, ctx) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
        ctx.addIssue({
          code: "custom",
          message: `${what} "${value}" must be written as YYYY-MM-DD, e.g. ${today}.`,
        });
      } else if (!isIsoDate(value)) {
        ctx.addIssue({ code: "custom", message: `${what} "${value}" is not a real date.` });
      } else if (value < earliestDate) {
        ctx.addIssue({
          code: "custom",
          message: `${what} ${value} is too far back: it must be on or after ${earliestDate}.`,
        });
      } else if (isFuture(value, today)) {
        ctx.addIssue({
          code: "custom",
          message: `${what} ${value} is in the future: today is ${today}.`,
        });
      }
    });
}

/** How many sessions (or weekends, courses…) one entry records. */
export const countInput = z
  .number({
    error: (iss) =>
      iss.input === undefined
        ? "Say how many sessions."
        : "The number of sessions must be a number.",
  })
  .int("The number of sessions must be a whole number, e.g. 2.")
  .min(count.min, `The number of sessions must be at least ${count.min}.`)
  .max(count.max, `The number of sessions can be at most ${count.max} in one entry.`);

/** Small-group sessions attended at one weekend. */
export const groupSessionsInput = z
  .number({ error: "The number of small-group sessions must be a number." })
  .int("The number of small-group sessions must be a whole number, e.g. 4.")
  .min(
    groupSessions.min,
    `The number of small-group sessions must be at least ${groupSessions.min}.`,
  )
  .max(groupSessions.max, `A weekend holds at most ${groupSessions.max} small-group sessions.`);

/** Hours of supervision, in quarter hours. */
export const supervisionHoursInput = z
  .number({
    error: (iss) =>
      iss.input === undefined
        ? "Say how many hours of supervision, e.g. 1.5h."
        : "Supervision hours must be a number, e.g. 1.5.",
  })
  .min(hours.min, {
    error: `Supervision hours must be at least ${hours.min} (a quarter of an hour).`,
    abort: true,
  })
  .max(hours.max, {
    error: `Supervision hours can be at most ${hours.max} in one entry.`,
    abort: true,
  })
  .refine((h) => Number.isInteger(h / hours.step), {
    error: "Supervision hours go in quarter hours, e.g. 0.75, 1 or 1.5.",
  });

/** An optional private note: trimmed, within the note length; blank means none. */
export const noteInput = z
  .string({ error: "The note must be text." })
  .trim()
  .max(noteLength, `The note is too long: keep it to ${noteLength} characters or fewer.`)
  .superRefine(refusePatientDetails)
  .optional()
  .transform((note) => (note ? note : null));

/** A Slack user named in a command or form. */
export const personRefInput = z.object(
  {
    teamId: z.string().min(1),
    userId: z.string().min(1),
    displayName: z.string().optional(),
  },
  { error: "Name a person with @, e.g. with @Dr Ahmed." },
);

/** A whole number of days from `min` to `max`, e.g. how long something has waited. */
export function daysInput(min: number, max: number) {
  return z
    .number({ error: "The number of days must be a number." })
    .int("The number of days must be a whole number.")
    .min(
      min,
      min === 0
        ? "The number of days cannot be negative."
        : `The number of days must be at least ${min}.`,
    )
    .max(max, `The number of days can be at most ${max}.`);
}

export const idInput = z
  .number({ error: "That item is missing its number." })
  .int("That item's number is not valid.")
  .positive("That item's number is not valid.");

/** The issues of a failed parse, one line of plain English each. */
export function describeIssues(error: z.ZodError): string[] {
  const lines = error.issues.map((issue) => issue.message);
  return [...new Set(lines)];
}

/**
 * Parses `input` with `schema`, or throws AppError INVALID_INPUT whose userMessage lists each
 * problem. The input itself never goes into the error (it may hold a note).
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const lines = describeIssues(result.error);
  const userMessage =
    lines.length === 1
      ? (lines[0] ?? "")
      : `Please fix these:\n${lines.map((l) => `• ${l}`).join("\n")}`;
  const fields = result.error.issues.map((issue) => issue.path.join("."));
  throw new AppError("INVALID_INPUT", userMessage, { fields });
}
