import type { AppError } from "../../../domain/app-error.ts";
import { FORM_BLOCKS } from "./views/apply-modal.ts";
import { REASON_BLOCK } from "./views/decision-modal.ts";

/**
 * A service's refusal of the statement form as field errors, so the trainee keeps what they
 * typed; undefined when it is not about a field (e.g. an application already open).
 */
export function statementFormErrors(
  error: AppError,
  gapsShown: boolean,
): Record<string, string> | undefined {
  if (error.code !== "INVALID_INPUT") return undefined;
  const aboutGaps = "missing" in error.details;
  const field = aboutGaps && gapsShown ? FORM_BLOCKS.acknowledge : FORM_BLOCKS.statement;
  return { [field]: error.userMessage };
}

/** A refused reason as a field error; undefined for anything else (e.g. already decided). */
export function reasonFormErrors(error: AppError): Record<string, string> | undefined {
  return error.code === "INVALID_INPUT" ? { [REASON_BLOCK]: error.userMessage } : undefined;
}
