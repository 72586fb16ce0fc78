import { z } from "zod";
import { isActivityKind, needsConfirmation } from "../../../../domain/activity.ts";
import type { AppError } from "../../../../domain/app-error.ts";
import { type LogEntryInput, logEntryInput } from "../../../../services/entries/entry-fields.ts";
import { type ModalResult, parseModal, type ViewStateValues } from "../../../forms/modal-state.ts";
import { aKind, capitalise } from "../kind-words.ts";
import { LOG_FIELDS } from "./log-modal-view.ts";

const yesNo = z.enum(["yes", "no"], { error: "Choose yes or no." });
const asBoolean = (answer: "yes" | "no" | undefined) =>
  answer === undefined ? undefined : answer === "yes";

const formSchema = z.object({
  kind: z.string({ error: "Choose what kind of activity you are logging." }),
  occurredOn: z.string({ error: "Choose the date of the session." }),
  count: z
    .string()
    .regex(/^[0-9]+$/, "Give the number in figures, e.g. 3.")
    .optional(),
  groupSessions: z
    .string()
    .regex(/^[0-9]+$/, "Give the number in figures, e.g. 4.")
    .optional(),
  caseDiscussions: z
    .string()
    .regex(/^[0-9]+$/, "Give the number in figures, e.g. 3.")
    .optional(),
  recorded: yesNo.optional(),
  provider: z.string().optional(),
  approvedInAdvance: yesNo.optional(),
  faceToFace: yesNo.optional(),
  hours: z
    .string()
    .regex(/^[0-9]+(?:\.[0-9]+)?$/, "Give the hours in figures, e.g. 1.5.")
    .optional(),
  mode: z.string().optional(),
  format: z.string().optional(),
  counterpart: z.string().optional(),
  note: z.string().optional(),
});

/** The form's answers before the service's checks: any kind, mode or format string. */
interface FormInput {
  kind: string;
  mode?: string | undefined;
  format?: string | undefined;
  counterpart?: unknown;
}

const asNumber = (text: string | undefined) => (text === undefined ? undefined : Number(text));

/**
 * Reads the logging modal into the log-entry service's input and checks it with the service's
 * own schema, so each problem comes back beside its field. Reusable for a corrected entry.
 */
export function readLogModal(
  values: ViewStateValues,
  who: { teamId: string; today: string },
): ModalResult<LogEntryInput> {
  const form = parseModal(formSchema, values);
  if (!form.ok) return form;
  const {
    count,
    groupSessions,
    caseDiscussions,
    recorded,
    approvedInAdvance,
    faceToFace,
    hours,
    counterpart,
    ...rest
  } = form.data;
  const input = {
    ...rest,
    count: asNumber(count),
    groupSessions: asNumber(groupSessions),
    caseDiscussions: asNumber(caseDiscussions),
    recorded: asBoolean(recorded),
    approvedInAdvance: asBoolean(approvedInAdvance),
    faceToFace: asBoolean(faceToFace),
    hours: asNumber(hours),
    counterpart: counterpart ? { teamId: who.teamId, userId: counterpart } : undefined,
  };
  const checked = logEntryInput(who.today).safeParse(input);
  // The service's own schema accepted it, so it is the service's input.
  if (checked.success) return { ok: true, data: input as LogEntryInput };
  const errors: Record<string, string> = {};
  for (const issue of checked.error.issues) {
    const field = blockFor(String(issue.path[0] ?? ""), input);
    errors[field] ??= messageFor(field, issue.message, input);
  }
  return { ok: false, errors };
}

/** The modal errors for a service's INVALID_INPUT, or undefined for any other error. */
export function logModalErrors(
  error: AppError,
  input: LogEntryInput,
): Record<string, string> | undefined {
  if (error.code !== "INVALID_INPUT") return undefined;
  const fields = Array.isArray(error.details.fields) ? error.details.fields.map(String) : [];
  const named = fields.map((path) => path.split(".")[0] ?? "").find(isField);
  // The log-entry service's only field-less refusals are about the co-leader or supervisor.
  const field = blockFor(named ?? LOG_FIELDS.counterpart, input);
  return { [field]: messageFor(field, error.userMessage, input) };
}

function isField(name: string): name is keyof typeof LOG_FIELDS {
  return Object.hasOwn(LOG_FIELDS, name);
}

/** The service reports mode and format together, as "mode": point at the one filled in. */
function blockFor(path: string, input: FormInput): string {
  if (path === LOG_FIELDS.mode && input.mode === undefined && input.format !== undefined) {
    return LOG_FIELDS.format;
  }
  return isField(path) ? LOG_FIELDS[path] : LOG_FIELDS.kind;
}

/** The service speaks of the one-line form ("with @person"); the modal has a field instead. */
function messageFor(field: string, message: string, input: FormInput): string {
  const { kind } = input;
  if (
    field === LOG_FIELDS.counterpart &&
    input.counterpart &&
    isActivityKind(kind) &&
    !needsConfirmation(kind)
  ) {
    return `${capitalise(aKind(kind))} needs nobody to confirm it: clear this field.`;
  }
  if (field === LOG_FIELDS.counterpart && !input.counterpart) {
    return "Choose the person who confirms it: your co-leader or supervisor.";
  }
  return message;
}
