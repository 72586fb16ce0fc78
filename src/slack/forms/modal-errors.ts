import { AppError } from "../../domain/app-error.ts";
import { userMessage } from "../user-message.ts";

/**
 * A service's refusal as in-modal errors, so the form is never lost: the message goes beside
 * the first field it names that is an input block of the modal, else beside `fallbackBlock`.
 * Undefined for anything that is not an AppError, which the caller rethrows.
 */
export function modalErrorsFor(
  error: unknown,
  blockIds: readonly string[],
  fallbackBlock: string,
  command: string,
): Record<string, string> | undefined {
  if (!(error instanceof AppError)) return undefined;
  const fields = Array.isArray(error.details.fields) ? error.details.fields : [];
  const named = fields.find(
    (field): field is string => typeof field === "string" && blockIds.includes(field),
  );
  return { [named ?? fallbackBlock]: userMessage(error, command) };
}
