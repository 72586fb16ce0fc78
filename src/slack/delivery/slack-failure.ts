import { ErrorCode } from "@slack/web-api";

/**
 * What to do about a failed call to Slack. `retry` gives up after the outbox's last attempt (an
 * outage, a channel the bot is not in); `rate_limited` waits as long as Slack said, and a
 * `misconfigured` workspace (the bot's token or scopes) until an operator fixes it, never giving
 * up; `give_up` is a request that can never succeed.
 */
export type FailureVerdict =
  | { kind: "retry"; error: string }
  | { kind: "rate_limited"; error: string; afterMs: number }
  | { kind: "misconfigured"; error: string }
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
]);

/**
 * Answers about the bot's token or what it was granted, whatever the request: a token refused,
 * revoked or expired, the app uninstalled or its workspace deleted, a scope or workspace access
 * not granted, posting suspended by the workspace's admins. Every call fails alike until an
 * operator fixes it (a new token, a reinstall), and then the same request succeeds.
 */
const MISCONFIGURED = new Set([
  "not_authed",
  "invalid_auth",
  "account_inactive",
  "token_revoked",
  "token_expired",
  "not_allowed_token_type",
  "missing_scope",
  "no_permission",
  "team_access_not_granted",
  "ekm_access_denied",
]);

/**
 * Reads an error from @slack/web-api. Rate limits say when to come back; outages, time-outs and
 * answers a person can fix later (the bot not yet in a channel, an archived channel, its token or
 * scopes) are worth retrying; a malformed request is not. Only Slack's error code is kept, never
 * the message.
 */
export function judgeSlackFailure(error: unknown): FailureVerdict {
  const failure = error as { code?: string; retryAfter?: number; data?: { error?: string } };
  switch (failure?.code) {
    case ErrorCode.RateLimitedError:
      return {
        kind: "rate_limited",
        error: "ratelimited",
        afterMs: (failure.retryAfter ?? 1) * 1000,
      };
    case ErrorCode.HTTPError:
      return { kind: "retry", error: "http_error" };
    case ErrorCode.RequestError:
      return { kind: "retry", error: "request_error" };
    case ErrorCode.PlatformError: {
      const code = String(failure.data?.error ?? "unknown_error");
      if (MALFORMED.has(code)) return { kind: "give_up", error: code };
      if (MISCONFIGURED.has(code)) return { kind: "misconfigured", error: code };
      return { kind: "retry", error: code };
    }
    default:
      return { kind: "retry", error: "unexpected_error" };
  }
}
