import { LogLevel, WebClient } from "@slack/web-api";
import type { Config } from "../config.ts";
import { within } from "../time-limit.ts";
import { slackFetch } from "./slack-fetch.ts";

/** What Slack says of a mentioned user; "unchecked" when it did not answer in time. */
export type UserCheck = "person" | "unknown" | "deleted" | "bot" | "unchecked";

export interface SlackUsers {
  /** Whether a mentioned user is a real, active person: `users.info`, bounded and cached. */
  check(userId: string): Promise<UserCheck>;
}

/** Well inside Slack's 3 s: the check runs before a command is acknowledged. */
const TIMEOUT_MS = 1_200;
const CACHE_MS = 10 * 60_000;

/**
 * One per running bot. Its own Web API client makes one try only (no retries, a 429 is an
 * answer), so a slow or limited Slack costs at most TIMEOUT_MS and the user is told to retry.
 */
export function createSlackUsers(
  config: Pick<Config, "SLACK_BOT_TOKEN" | "SLACK_API_URL">,
  options: { timeoutMs?: number; nowMs?: () => number } = {},
): SlackUsers {
  const timeoutMs = options.timeoutMs ?? TIMEOUT_MS;
  const nowMs = options.nowMs ?? Date.now;
  const client = new WebClient(config.SLACK_BOT_TOKEN, {
    ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}),
    timeout: timeoutMs,
    fetch: slackFetch,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    logLevel: LogLevel.ERROR,
  });
  const cache = new Map<string, { answer: UserCheck; at: number }>();

  async function ask(userId: string): Promise<UserCheck> {
    try {
      const { user } = await client.users.info({ user: userId });
      if (!user) return "unchecked";
      if (user.deleted) return "deleted";
      if (user.is_bot || user.id === "USLACKBOT") return "bot";
      return "person";
    } catch (error) {
      const code = (error as { data?: { error?: unknown } }).data?.error;
      return code === "user_not_found" ? "unknown" : "unchecked";
    }
  }

  return {
    async check(userId) {
      const cached = cache.get(userId);
      if (cached && nowMs() - cached.at < CACHE_MS) return cached.answer;
      const answer = await within(ask(userId), timeoutMs + 100, (): UserCheck => "unchecked");
      if (answer !== "unchecked") cache.set(userId, { answer, at: nowMs() });
      return answer;
    },
  };
}

/** Why a mentioned user can't be named, in words for the person who mentioned them. */
export function mentionRefusal(answer: UserCheck, mention: string): string | undefined {
  switch (answer) {
    case "person":
      return undefined;
    case "unknown":
      return `I can't find ${mention} in this Slack workspace. Mention them with @ and pick them from the list. Nothing was saved.`;
    case "deleted":
      return `${mention}'s Slack account is deactivated, so I can't name them. Nothing was saved.`;
    case "bot":
      return `${mention} is an app, not a person, so I can't name them. Nothing was saved.`;
    case "unchecked":
      return `I couldn't check ${mention} with Slack just now, so nothing was saved. Please try again in a moment.`;
  }
}
