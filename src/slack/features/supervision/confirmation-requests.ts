import type { WebClient } from "@slack/web-api";
import { getConfirmationRequest } from "../../../services/confirmations/get-confirmation-request.ts";
import {
  type ConfirmationRequestPlan,
  planConfirmationRequests,
  type RequestMessage,
} from "../../../services/confirmations/plan-confirmation-requests.ts";
import { recordConfirmationRequest } from "../../../services/confirmations/record-confirmation-request.ts";
import { type BotDeps, serviceContext } from "../../deps.ts";
import { confirmationRequestMessage } from "./views/confirmations/confirmation-message.ts";

/** Requests for one trainee run one after another, so two quick logs still make one DM. */
const queues = new WeakMap<object, Map<number, Promise<void>>>();

/**
 * Asks each confirmer about a trainee's claimed entries: ONE DM per (trainee, confirmer),
 * updated in place while it still has undecided entries, so a weekend of sessions is one
 * message. Each entry remembers its DM, for updates after a decision.
 */
export function sendConfirmationRequests(
  deps: BotDeps,
  client: WebClient,
  traineePersonId: number,
): Promise<void> {
  const pending = queues.get(deps.db) ?? new Map<number, Promise<void>>();
  queues.set(deps.db, pending);
  const previous = pending.get(traineePersonId) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(() => sendNow(deps, client, traineePersonId));
  pending.set(traineePersonId, next);
  const forget = () => {
    if (pending.get(traineePersonId) === next) pending.delete(traineePersonId);
  };
  next.then(forget, forget);
  return next;
}

async function sendNow(deps: BotDeps, client: WebClient, traineePersonId: number) {
  const plans = await planConfirmationRequests(serviceContext(deps), {
    traineeId: traineePersonId,
  });
  for (const plan of plans) await sendOneRequest(deps, client, plan);
}

async function sendOneRequest(
  deps: BotDeps,
  client: WebClient,
  plan: ConfirmationRequestPlan,
): Promise<void> {
  const opened = await client.conversations.open({ users: plan.confirmer.slackUserId });
  const channel = opened.channel?.id;
  if (!channel) throw new Error("conversations.open returned no channel");

  // The latest DM to this confirmer that still carries an undecided entry of this trainee.
  const existing = plan.existingMessages.filter((message) => message.channel === channel).at(-1);
  let target: RequestMessage;
  if (existing) {
    target = existing;
  } else {
    const entries = await getConfirmationRequest(serviceContext(deps), {
      entryIds: plan.entryIds,
    });
    const posted = await client.chat.postMessage({
      channel,
      ...confirmationRequestMessage(entries, deps.config.TIMEZONE),
    });
    if (!posted.ts) throw new Error("chat.postMessage returned no ts");
    target = { channel, ts: posted.ts };
  }

  const { previousMessages } = await recordConfirmationRequest(serviceContext(deps), {
    entryIds: plan.entryIds,
    ...target,
  });
  if (existing) await refreshConfirmationMessage(deps, client, target);
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
