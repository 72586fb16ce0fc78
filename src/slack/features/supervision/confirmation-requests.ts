import type { WebClient } from "@slack/web-api";
import { getConfirmationRequest } from "../../../services/confirmations/get-confirmation-request.ts";
import {
  type ConfirmationRequestPlan,
  planConfirmationRequests,
  type RequestMessage,
} from "../../../services/confirmations/plan-confirmation-requests.ts";
import { recordConfirmationRequest } from "../../../services/confirmations/record-confirmation-request.ts";
import type { OutboxItemToDeliver } from "../../../services/delivery/claim-outbox-items.ts";
import { postOnce } from "../../delivery/post-once.ts";
import { type BotDeps, serviceContext } from "../../deps.ts";
import { openDirectMessage } from "../../direct-message.ts";
import { confirmationRequestMessage } from "./views/confirmations/confirmation-message.ts";

/**
 * Asks each confirmer about a trainee's claimed entries: ONE DM per (trainee, confirmer),
 * updated in place while it still has undecided entries, so a weekend of sessions is one
 * message. Each entry remembers its DM, for updates after a decision. The outbox delivers one
 * item at a time, so two quick logs by one trainee still make one DM.
 */
export async function sendConfirmationRequests(
  deps: BotDeps,
  client: WebClient,
  item: OutboxItemToDeliver,
  traineePersonId: number,
): Promise<void> {
  const plans = await planConfirmationRequests(serviceContext(deps), {
    traineeId: traineePersonId,
  });
  for (const plan of plans) await sendOneRequest(deps, client, item, plan);
}

async function sendOneRequest(
  deps: BotDeps,
  client: WebClient,
  item: OutboxItemToDeliver,
  plan: ConfirmationRequestPlan,
): Promise<void> {
  const channel = await openDirectMessage(client, plan.confirmer.slackUserId);

  // The latest DM to this confirmer that still carries an undecided entry of this trainee.
  const existing = plan.existingMessages.filter((message) => message.channel === channel).at(-1);
  let target: RequestMessage;
  /** Drawn before this delivery (updated in place, or posted by an earlier attempt). */
  let drawnBefore = true;
  if (existing) {
    target = existing;
  } else {
    const entries = await getConfirmationRequest(serviceContext(deps), {
      entryIds: plan.entryIds,
    });
    const { foundEarlier, ...posted } = await postOnce(
      client,
      item,
      {
        channel,
        part: `confirmer-${plan.confirmer.id}`,
        // Found again whichever outbox item posted it, should a crash have left it unrecorded.
        identity: plan.identity,
      },
      confirmationRequestMessage(entries, deps.config.TIMEZONE),
    );
    target = posted;
    drawnBefore = foundEarlier === true;
  }

  const { previousMessages, carried } = await recordConfirmationRequest(serviceContext(deps), {
    entryIds: plan.entryIds,
    ...target,
  });
  // A DM drawn before shows what it carried then; one posted while its sessions were decided,
  // withdrawn or erased carries none of them. Either is redrawn as it stands, so it shows every
  // session it now asks about, and keeps no trainee's sessions nobody can answer.
  if (drawnBefore || carried === 0) await refreshConfirmationMessage(deps, client, target);
  for (const previous of previousMessages) await refreshConfirmationMessage(deps, client, previous);
}

/** Redraws one confirmation DM from the entries it carries now (after a decision or a move). */
export async function refreshConfirmationMessage(
  deps: BotDeps,
  client: WebClient,
  message: RequestMessage,
): Promise<void> {
  const entries = await getConfirmationRequest(serviceContext(deps), { message });
  await client.chat.update({
    channel: message.channel,
    ts: message.ts,
    ...confirmationRequestMessage(entries, deps.config.TIMEZONE),
  });
}
