import { z } from "zod";
import {
  ACTIVITY_KINDS,
  type ActivityKind,
  isActivityKind,
  isOnePerEntry,
  needsConfirmation,
  SUPERVISION_FORMATS,
  SUPERVISION_MODES,
} from "../../domain/activity.ts";
import { kindNoun } from "../../domain/activity-words.ts";
import { AppError } from "../../domain/app-error.ts";
import { ENTRY_LIMITS } from "../../domain/entry-limits.ts";
import {
  ENTRY_QUESTIONS,
  type EntryQuestion,
  entryQuestions,
} from "../../domain/entry-questions.ts";
import type { Ruleset } from "../../domain/ruleset.ts";
import {
  calendarDateInput,
  countInput,
  groupSessionsInput,
  noteInput,
  personRefInput,
  supervisionHoursInput,
} from "../inputs.ts";

/** Why a count above 1 is refused for a kind that is one per entry. */
export function onePerEntryMessage(kind: ActivityKind): string {
  if (kind === "supervision") {
    return "Log one supervision session per entry, with its total hours (e.g. 1.5h); leave out the number of sessions.";
  }
  return `A ${kindNoun(kind, 1)} is one event per entry: log each one on its own, with its own date.`;
}

/**
 * The fields of one entry, as logged or resubmitted. Counts default to 1. Built once a day:
 * building the schema cost as much CPU as the rest of a log's validation.
 */
export function entryFieldsInput(today: string) {
  if (builtFor?.today !== today) builtFor = { today, schema: buildEntryFieldsInput(today) };
  return builtFor.schema;
}

let builtFor: { today: string; schema: ReturnType<typeof buildEntryFieldsInput> } | undefined;

function buildEntryFieldsInput(today: string) {
  return z
    .object({
      kind: z.enum(ACTIVITY_KINDS, { error: "Choose what kind of activity you are logging." }),
      occurredOn: calendarDateInput(today, "The session date"),
      count: countInput.default(1),
      groupSessions: groupSessionsInput.optional(),
      caseDiscussions: z
        .number({ error: "Case discussions are a whole number." })
        .int("Case discussions are a whole number.")
        .min(0, "Case discussions cannot be negative.")
        .max(
          ENTRY_LIMITS.caseDiscussions.max,
          `At most ${ENTRY_LIMITS.caseDiscussions.max} case discussions per entry.`,
        )
        .optional(),
      recorded: z.boolean({ error: "Say whether the supervised group was recorded." }).optional(),
      provider: z
        .string({ error: "Name who provided the event, e.g. BSANZ." })
        .trim()
        .min(1, "Name who provided the event, e.g. BSANZ.")
        .max(
          ENTRY_LIMITS.providerLength,
          `A provider's name is at most ${ENTRY_LIMITS.providerLength} characters.`,
        )
        .optional(),
      approvedInAdvance: z
        .boolean({ error: "Say whether the event was approved in advance." })
        .optional(),
      faceToFace: z.boolean({ error: "Say whether it was face to face or online." }).optional(),
      hours: supervisionHoursInput.optional(),
      mode: z
        .enum(SUPERVISION_MODES, {
          error: "Supervision is face to face, by video or by telephone.",
        })
        .optional(),
      format: z
        .enum(SUPERVISION_FORMATS, { error: "Supervision is individual or in a group." })
        .optional(),
      counterpart: personRefInput.optional(),
      note: noteInput,
    })
    .superRefine((fields, ctx) => {
      const { kind } = fields;
      if (!isActivityKind(kind)) return;
      const supervision = kind === "supervision";
      if (isOnePerEntry(kind) && fields.count !== 1) {
        ctx.addIssue({ code: "custom", path: ["count"], message: onePerEntryMessage(kind) });
      }
      if (kind !== "weekend_member" && fields.groupSessions !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["groupSessions"],
          message: `Only a Balint Society weekend records small-group sessions: leave them out for a ${kindNoun(kind, 1)}.`,
        });
      }
      if (supervision && fields.hours === undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["hours"],
          message: "A supervision entry needs its length in hours, e.g. 1.5h.",
        });
      }
      if (!supervision && fields.hours !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["hours"],
          message: `Only supervision has hours: leave them out for a ${kindNoun(kind, 1)}.`,
        });
      }
      if (!supervision && (fields.mode !== undefined || fields.format !== undefined)) {
        ctx.addIssue({
          code: "custom",
          path: ["mode"],
          message: `Only supervision is face to face, video or telephone, individual or group: leave that out for a ${kindNoun(kind, 1)}.`,
        });
      }
      if (!needsConfirmation(kind) && fields.counterpart !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["counterpart"],
          message: `A ${kindNoun(kind, 1)} needs nobody to confirm it: leave out "with @person".`,
        });
      }
    })
    .transform((fields) => ({
      ...fields,
      groupSessions: fields.groupSessions ?? null,
      caseDiscussions: fields.caseDiscussions ?? null,
      recorded: fields.recorded ?? null,
      provider: fields.provider ?? null,
      approvedInAdvance: fields.approvedInAdvance ?? null,
      faceToFace: fields.faceToFace ?? null,
      hours: fields.hours ?? null,
      mode: fields.mode ?? null,
      format: fields.kind === "supervision" ? (fields.format ?? "individual") : null,
      counterpart: fields.counterpart ?? null,
    }));
}
export type EntryFieldsInput = z.input<ReturnType<typeof entryFieldsInput>>;
export type EntryFields = z.output<ReturnType<typeof entryFieldsInput>>;

/** Same schema as entryFieldsInput: what the one-line log command and the logging modal send. */
export const logEntryInput = entryFieldsInput;
export type LogEntryInput = EntryFieldsInput;

const UNASKED: Record<EntryQuestion, string> = {
  caseDiscussions: "count case discussions",
  recorded: "ask whether the supervised group was recorded",
  provider: "ask who provided the event",
  approvedInAdvance: "ask whether the event was approved in advance",
  faceToFace: "ask whether it was face to face",
};

/** Each optional field is recorded only where the trainee's criteria read it for that kind. */
export function refuseUnaskedFields(fields: EntryFields, ruleset: Ruleset): void {
  const asked = entryQuestions(ruleset);
  for (const question of ENTRY_QUESTIONS) {
    if (fields[question] === null || asked[question].includes(fields.kind)) continue;
    throw new AppError(
      "INVALID_INPUT",
      `Your criteria do not ${UNASKED[question]} for a ${kindNoun(fields.kind, 1)}: leave ${question === "caseDiscussions" ? "them" : "it"} out.`,
      { fields: [question] },
    );
  }
}
