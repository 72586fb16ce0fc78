import type { Actor } from "../../../../services/context.ts";
import { listEntries } from "../../../../services/entries/list-entries.ts";
import type { SubcommandHandler } from "../../../commands/types.ts";
import { type BotDeps, serviceContext } from "../../../deps.ts";
import type { SlackMessage } from "../../../direct-message.ts";
import { type SessionRow, sessionsBlocks, sessionsText } from "../views/sessions-view.ts";

export const SESSIONS_LIMIT = 20;

/** The trainee's recent entries as a private message; `notice` goes on top (e.g. after a withdrawal). */
export async function sessionsMessage(
  deps: BotDeps,
  actor: Actor,
  notice?: string,
): Promise<SlackMessage> {
  const { entries } = await listEntries(serviceContext(deps), actor, { limit: SESSIONS_LIMIT });
  const rows: SessionRow[] = entries.map((entry) => ({
    ...entry,
    confirmerUserId:
      (entry.state === "claimed" ? entry.confirmer : entry.decidedBy)?.slackUserId ?? null,
    hasNote: entry.note !== null,
  }));
  return {
    text: notice ?? sessionsText(rows),
    blocks: sessionsBlocks(rows, {
      command: deps.config.SLASH_COMMAND,
      limit: SESSIONS_LIMIT,
      ...(notice ? { notice } : {}),
    }),
  };
}

/** `/balint sessions`. */
export const sessionsCommand: SubcommandHandler = async ({ deps, slack, actor }) => {
  await slack.ack({ response_type: "ephemeral", ...(await sessionsMessage(deps, actor)) });
};
