import type { WebClient } from "@slack/web-api";
import type { DecideEntryResult } from "../../../../services/confirmations/decide-entry.ts";
import { getConfirmationRequest } from "../../../../services/confirmations/get-confirmation-request.ts";
import type { RequestMessage } from "../../../../services/confirmations/plan-confirmation-requests.ts";
import type { Actor } from "../../../../services/context.ts";
import { type BotDeps, serviceContext } from "../../../deps.ts";
import { sendDirectMessage } from "../../../direct-message.ts";
import { refreshHome } from "../../home/publish-home.ts";
import { refreshConfirmationMessage } from "../confirmation-requests.ts";
import { decisionNotice } from "../views/confirmations/decision-notice.ts";

function messagesOf(results: readonly DecideEntryResult[]): RequestMessage[] {
  const found = new Map<string, RequestMessage>();
  for (const { entry } of results) {
    if (entry.requestChannel && entry.requestTs) {
      const message = { channel: entry.requestChannel, ts: entry.requestTs };
      found.set(`${message.channel}/${message.ts}`, message);
    }
  }
  return [...found.values()];
}

/**
 * After the confirmer decides: their DM shows who decided and when, the trainee is told once
 * (only about entries this decision changed), and both App Homes are refreshed.
 */
export async function afterDecisions(
  deps: BotDeps,
  client: WebClient,
  decider: Actor,
  results: readonly DecideEntryResult[],
): Promise<void> {
  for (const message of messagesOf(results)) {
    await refreshConfirmationMessage(deps, client, message);
  }
  const changedIds = results.filter((result) => result.changed).map((result) => result.entry.id);
  if (changedIds.length > 0) {
    const entries = await getConfirmationRequest(serviceContext(deps), { entryIds: changedIds });
    const trainees = [...new Set(entries.map((entry) => entry.trainee.slackUserId))];
    for (const trainee of trainees) {
      const theirs = entries.filter((entry) => entry.trainee.slackUserId === trainee);
      await sendDirectMessage(
        client,
        trainee,
        decisionNotice(decider.userId, theirs, deps.config.SLASH_COMMAND),
      );
      await refreshHome(deps, client, { teamId: decider.teamId, userId: trainee });
    }
  }
  await refreshHome(deps, client, { teamId: decider.teamId, userId: decider.userId });
}
