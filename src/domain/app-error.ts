import { type Refusal, refusalSentence } from "./refusal.ts";

/**
 * An error a user can be shown. `userMessage` is for the user; `details` go to the log only.
 * Never put a trainee's note text in either.
 */
export type AppErrorCode =
  | "INVALID_INPUT"
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "CONFLICT"
  | "ALREADY_DECIDED"
  /** Slack did not answer in time a question the bot had to ask before acknowledging. */
  | "SLACK_UNAVAILABLE";

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly userMessage: string;
  readonly details: Record<string, unknown>;
  /** A refusal that names people, for the Slack layer to word; `userMessage` is its plain text. */
  readonly refusal: Refusal | undefined;

  constructor(
    code: AppErrorCode,
    userMessage: string,
    details: Record<string, unknown> = {},
    refusal?: Refusal,
  ) {
    super(`${code}: ${userMessage}`);
    this.name = "AppError";
    this.code = code;
    this.userMessage = userMessage;
    this.details = details;
    this.refusal = refusal;
  }

  /** A refusal as data, with its plain-text wording as the user message. */
  static refuse(
    code: AppErrorCode,
    refusal: Refusal,
    details: Record<string, unknown> = {},
  ): AppError {
    return new AppError(code, refusalSentence(refusal), details, refusal);
  }
}
