import type { App } from "@slack/bolt";
import { z } from "zod";
import { entryDetails } from "../../../../domain/activity.ts";
import { getEntryForCorrection } from "../../../../services/entries/get-entry-for-correction.ts";
import type { LogEntryResult } from "../../../../services/entries/log-entry.ts";
import { resubmitEntry } from "../../../../services/entries/resubmit-entry.ts";
import { todayFor } from "../../../../services/inputs.ts";
import { type BotDeps, serviceContext } from "../../../deps.ts";
import { idValue, readButtonValue } from "../../../forms/button-value.ts";
import { openModalThenFill } from "../../../forms/open-modal.ts";
import { encodeMetadata } from "../../../forms/private-metadata.ts";
import { submitModal } from "../../../forms/submit-modal.ts";
import { type ButtonClickArgs, interactionActor } from "../../../interaction.ts";
import { requireRealPerson } from "../../../mentions.ts";
import { mention } from "../../../views/blocks.ts";
import { noticeModal } from "../../../views/notice-modal.ts";
import { logModalAsks } from "../../logging/society-asks.ts";
import { logModalErrors, readLogModal } from "../../logging/views/log-modal-values.ts";
import { LOG_FIELDS, logModalView } from "../../logging/views/log-modal-view.ts";
import { noConfirmerText } from "../../logging/views/logged-message.ts";
import { SUPERVISION_IDS } from "../ids.ts";

const TITLE = "Correct a session";
const resubmitMetadata = z.object({ entryId: z.number().int().positive() });

/** "Correct and send back" in the query notice: the logging form, filled from the entry. */
async function openCorrection(deps: BotDeps, { ack, body, client, action }: ButtonClickArgs) {
  await ack();
  const { id } = readButtonValue(idValue, action.value);
  await openModalThenFill(client, body.trigger_id, TITLE, deps.config.SLASH_COMMAND, async () => {
    const entry = await getEntryForCorrection(serviceContext(deps), interactionActor(deps, body), {
      entryId: id,
    });
    return logModalView({
      callbackId: SUPERVISION_IDS.resubmitModal,
      privateMetadata: encodeMetadata(resubmitMetadata, { entryId: entry.id }),
      title: TITLE,
      submit: "Send back",
      asks: logModalAsks(deps),
      initial: {
        ...entryDetails(entry),
        caseDiscussions: entry.caseDiscussions,
        recorded: entry.recorded,
        provider: entry.provider,
        approvedInAdvance: entry.approvedInAdvance,
        faceToFace: entry.faceToFace,
        counterpartUserId: entry.counterpartSlackUserId,
        note: entry.note,
      },
    });
  });
}

function sentBackText(result: LogEntryResult, command: string): string {
  if (!result.needsConfirmation)
    return "Corrected: it needs nobody's confirmation, so it counts now.";
  if (!result.confirmer) {
    return result.noConfirmer
      ? `Corrected. ${noConfirmerText(result.noConfirmer, command)}`
      : "Corrected.";
  }
  const who = mention(result.confirmer.slackUserId);
  return result.confirmerIsSupervisorInstead
    ? `Corrected and sent back. The person you named is not on the register of accredited leaders, so your supervisor ${who} is asked to confirm it instead.`
    : `Corrected and sent back to ${who} to confirm.`;
}

function submitCorrection(deps: BotDeps) {
  return submitModal(deps, {
    metadata: resubmitMetadata,
    form: (values, { ctx, actor }) =>
      readLogModal(values, { teamId: actor.teamId, today: todayFor(ctx) }),
    run: async ({ ctx, actor, form, metadata }) => {
      const named = form.counterpart?.userId;
      if (named) await requireRealPerson(deps.slackUsers, named);
      return resubmitEntry(ctx, actor, { entryId: metadata.entryId, ...form });
    },
    refusal: (error, form) =>
      logModalErrors(error, form) ?? { [LOG_FIELDS.kind]: error.userMessage },
    answer: (result) => ({
      response_action: "update",
      view: noticeModal(TITLE, sentBackText(result, deps.config.SLASH_COMMAND)),
    }),
  });
}

export function registerResubmit(app: App, deps: BotDeps): void {
  app.action(SUPERVISION_IDS.resubmitEntry, (args: ButtonClickArgs) => openCorrection(deps, args));
  app.view(SUPERVISION_IDS.resubmitModal, submitCorrection(deps));
}
