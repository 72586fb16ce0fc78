import { z } from "zod";
import { AppError } from "../domain/app-error.ts";
import { mentionRefusal, type SlackUsers } from "./slack-users.ts";
import { mention as mentionOf } from "./views/blocks.ts";

/** A user mention as Slack sends it when the command escapes them: `<@U123|name>` or `<@U123>`. */
const MENTION = /<@([UW][A-Z0-9]+)(?:\|([^>]*))?>/;

export const mentionSchema = z.string().regex(MENTION, "should mention a person, like @Dr Ahmed");

export interface Mention {
  userId: string;
  name?: string;
}

export function parseMention(text: string): Mention | undefined {
  const match = MENTION.exec(text);
  if (!match?.[1]) return undefined;
  return { userId: match[1], ...(match[2] ? { name: match[2] } : {}) };
}

/** Splits "<@U1|a> rest of words" into the mention and the rest; undefined if it does not start with one. */
export function leadingMention(text: string): { mention: Mention; rest: string } | undefined {
  const trimmed = text.trim();
  const match = new RegExp(`^${MENTION.source}`).exec(trimmed);
  if (!match?.[1]) return undefined;
  return {
    mention: { userId: match[1], ...(match[2] ? { name: match[2] } : {}) },
    rest: trimmed.slice(match[0].length).trim(),
  };
}

/**
 * Refuses a mention of someone Slack does not know as an active person (unknown, deactivated,
 * an app), or cannot vouch for in time, before anything is stored about them.
 */
export async function requireRealPerson(users: SlackUsers, userId: string): Promise<void> {
  const refusal = mentionRefusal(await users.check(userId), mentionOf(userId));
  if (refusal) throw new AppError("INVALID_INPUT", refusal, { reason: "mentioned user refused" });
}
