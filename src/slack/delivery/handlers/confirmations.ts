import { getConfirmationRequest } from "../../../services/confirmations/get-confirmation-request.ts";
import { personById } from "../../../services/delivery/delivery-reads.ts";
import { serviceContext } from "../../deps.ts";
import {
  refreshConfirmationMessage,
  sendConfirmationRequests,
} from "../../features/supervision/confirmation-requests.ts";
import { decisionNotice } from "../../features/supervision/views/confirmations/decision-notice.ts";
import { directMessageOnce } from "../post-once.ts";
import type { EffectHandler } from "./types.ts";

export const requestConfirmations: EffectHandler<"confirmations.request"> = (
  { deps, client, item },
  effect,
) => sendConfirmationRequests(deps, client, item, effect.traineeId);

export const redrawConfirmationRequest: EffectHandler<"confirmations.redraw"> = (
  { deps, client },
  effect,
) => refreshConfirmationMessage(deps, client, effect);

/** Each trainee hears once about the entries this decision changed. */
export const tellEntriesDecided: EffectHandler<"entries.decided"> = async (
  { deps, client, item },
  effect,
) => {
  const decider = await personById(serviceContext(deps), effect.deciderId);
  if (!decider) return;
  const entries = await getConfirmationRequest(serviceContext(deps), {
    entryIds: effect.entryIds,
  });
  const trainees = [...new Set(entries.map((entry) => entry.trainee.slackUserId))];
  for (const trainee of trainees) {
    const theirs = entries.filter((entry) => entry.trainee.slackUserId === trainee);
    await directMessageOnce(
      client,
      item,
      { slackUserId: trainee, part: trainee },
      decisionNotice(decider.slackUserId, theirs, deps.config.SLASH_COMMAND),
    );
  }
};
