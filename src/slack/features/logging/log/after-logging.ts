import type { WebClient } from "@slack/web-api";
import type { LogEntryResult } from "../../../../services/entries/log-entry.ts";
import type { BotDeps } from "../../../deps.ts";
import { sendDirectMessage } from "../../../direct-message.ts";
import { mention } from "../../../views/blocks.ts";
import { sendConfirmationRequests } from "../../supervision/confirmation-requests.ts";
import { refreshHomeSoon } from "../refresh-home-soon.ts";

/**
 * The work after the trainee has their answer: ask the confirmer, then refresh the trainee's
 * Home. If the request cannot be sent, the entry is still logged, and the trainee is told so.
 */
export async function afterLogging(
  deps: BotDeps,
  client: WebClient,
  result: LogEntryResult,
  who: { teamId: string; userId: string },
): Promise<void> {
  const { confirmer } = result;
  if (result.needsConfirmation && confirmer) {
    try {
      await sendConfirmationRequests(deps, client, result.entry.traineeId);
    } catch (error) {
      deps.logger.warn("Could not send a confirmation request", {
        entryId: result.entry.id,
        error: String(error),
      });
      await sendDirectMessage(client, who.userId, {
        text: `Your entry is logged, but I couldn't send ${mention(confirmer.slackUserId)} the request to confirm it just now. It stays claimed; entries waiting for them are also listed on their App Home.`,
      }).catch((dmError: unknown) =>
        deps.logger.warn("Could not tell a trainee about it", { error: String(dmError) }),
      );
    }
  }
  await refreshHomeSoon(deps, client, who);
}
