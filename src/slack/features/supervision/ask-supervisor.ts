import type { App, BlockButtonAction, ViewSubmitAction } from "@slack/bolt";
import { z } from "zod";
import { AppError } from "../../../domain/app-error.ts";
import { requestSupervision } from "../../../services/supervision/request-supervision.ts";
import { type BotDeps, serviceContext } from "../../deps.ts";
import { parseModal, stateValues } from "../../forms/modal-state.ts";
import { slackUserId } from "../../forms/person-value.ts";
import { interactionActor } from "../../interaction.ts";
import { requireRealPerson } from "../../mentions.ts";
import { noticeModal } from "../../views/notice-modal.ts";
import { SUPERVISION_IDS } from "./ids.ts";
import { requestedText } from "./supervisor-request.ts";
import { ASK_TITLE, askSupervisorModal, SUPERVISOR_BLOCK } from "./views/ask-supervisor-modal.ts";

const CHOOSE = "Choose the accredited leader you would like as your supervisor.";
const askForm = z.object({ [SUPERVISOR_BLOCK]: slackUserId });

/** "Ask a supervisor" on the App Home, and its form: the same request as `/balint supervisor @person`. */
export function registerAskSupervisor(app: App, deps: BotDeps): void {
  app.action<BlockButtonAction>(SUPERVISION_IDS.askSupervisor, async ({ ack, body, client }) => {
    await ack();
    await client.views.open({
      trigger_id: body.trigger_id,
      view: askSupervisorModal(deps.config.SLASH_COMMAND),
    });
  });
  app.view<ViewSubmitAction>(SUPERVISION_IDS.askSupervisorModal, async ({ ack, body, view }) => {
    const form = parseModal(askForm, stateValues(view));
    if (!form.ok) {
      await ack({ response_action: "errors", errors: { [SUPERVISOR_BLOCK]: CHOOSE } });
      return;
    }
    const actor = interactionActor(deps, body);
    const supervisor = { teamId: actor.teamId, userId: form.data[SUPERVISOR_BLOCK] };
    try {
      await requireRealPerson(deps.slackUsers, supervisor.userId);
      const result = await requestSupervision(serviceContext(deps), actor, { supervisor });
      await ack({ response_action: "update", view: noticeModal(ASK_TITLE, requestedText(result)) });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      await ack({ response_action: "errors", errors: { [SUPERVISOR_BLOCK]: error.userMessage } });
    }
  });
}
