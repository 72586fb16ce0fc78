import type { WebClient } from "@slack/web-api";
import type { PersonRef } from "../../domain/person-ref.ts";
import { personKey } from "../../services/import/import-run.ts";

const USER_ID = /^[UW][A-Z0-9]+$/;
/** Slack's answers that mean "no such person", rather than a failure to ask. */
const NOT_FOUND = new Set(["user_not_found", "users_not_found"]);

interface SlackUser {
  id?: string;
  deleted?: boolean;
  is_bot?: boolean;
  real_name?: string;
  profile?: { display_name?: string; real_name?: string };
}

/**
 * Finds the Slack users a file names, by user id (`users.info`) or by email
 * (`users.lookupByEmail`, which needs the `users:read.email` scope). Deactivated accounts and
 * bots are not found. Keys are `personKey` of what was written.
 */
export async function findPeople(
  client: WebClient,
  teamId: string,
  written: readonly string[],
): Promise<Map<string, PersonRef>> {
  const found = new Map<string, PersonRef>();
  const keys = new Set(written.map(personKey).filter((key) => key !== ""));
  for (const key of keys) {
    const user = await lookUp(client, key);
    if (!user?.id || user.deleted || user.is_bot) continue;
    const displayName = user.profile?.display_name || user.real_name || user.profile?.real_name;
    found.set(key, { teamId, userId: user.id, ...(displayName ? { displayName } : {}) });
  }
  return found;
}

async function lookUp(client: WebClient, key: string): Promise<SlackUser | undefined> {
  try {
    if (key.includes("@")) return (await client.users.lookupByEmail({ email: key })).user;
    if (USER_ID.test(key)) return (await client.users.info({ user: key })).user;
    return undefined;
  } catch (error) {
    const code = (error as { data?: { error?: unknown } }).data?.error;
    if (typeof code === "string" && NOT_FOUND.has(code)) return undefined;
    throw error;
  }
}
