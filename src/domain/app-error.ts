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

  constructor(code: AppErrorCode, userMessage: string, details: Record<string, unknown> = {}) {
    super(`${code}: ${userMessage}`);
    this.name = "AppError";
    this.code = code;
    this.userMessage = userMessage;
    this.details = details;
  }
}
