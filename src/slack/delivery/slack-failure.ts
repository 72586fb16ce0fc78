import { ErrorCode } from "@slack/web-api";

/** What to do about a failed call to Slack. */
export type FailureVerdict =
  | { kind: "retry"; error: string; afterMs?: number }
  | { kind: "give_up"; error: string };

/** Answers that mean the request itself is wrong: sending it again cannot help. */
const MALFORMED = new Set([
  "invalid_arguments",
  "invalid_blocks",
  "invalid_blocks_format",
  "msg_too_long",
  "no_text",
  "too_many_attachments",
  "invalid_metadata_format",
  "invalid_metadata_schema",
  "view_too_large",
  "invalid_auth",
  "not_authed",
  "missing_scope",
]);

/**
 * Reads an error from @slack/web-api. Rate limits say when to come back; outages, time-outs and
 * answers a person can fix later (the bot not yet in a channel, an archived channel) are worth
 * retrying; a malformed request is not. Only Slack's error code is kept, never the message.
 */
export function judgeSlackFailure(error: unknown): FailureVerdict {
  const failure = error as { code?: string; retryAfter?: number; data?: { error?: string } };
  switch (failure?.code) {
    case ErrorCode.RateLimitedError:
      return { kind: "retry", error: "ratelimited", afterMs: (failure.retryAfter ?? 1) * 1000 };
    case ErrorCode.HTTPError:
      return { kind: "retry", error: "http_error" };
    case ErrorCode.RequestError:
      return { kind: "retry", error: "request_error" };
    case ErrorCode.PlatformError: {
      const code = String(failure.data?.error ?? "unknown_error");
      return MALFORMED.has(code)
        ? { kind: "give_up", error: code }
        : { kind: "retry", error: code };
    }
    default:
      return { kind: "retry", error: "unexpected_error" };
  }
}
