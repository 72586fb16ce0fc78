import type { App, BlockButtonAction, ViewSubmitAction } from "@slack/bolt";
import { z } from "zod";
import { AppError } from "../../../domain/app-error.ts";
import { todayFor } from "../../../services/inputs.ts";
import { addLeader, requireAdmin } from "../../../services/register/add-leader.ts";
import { removeLeader } from "../../../services/register/remove-leader.ts";
import { type BotDeps, serviceContext } from "../../deps.ts";
import { readButtonValue } from "../../forms/button-value.ts";
import { parseModal } from "../../forms/modal-state.ts";
import { openModalThenFill } from "../../forms/open-modal.ts";
import { personValue, slackUserId } from "../../forms/person-value.ts";
import { interactionActor, type ViewSubmissionArgs } from "../../interaction.ts";
import { requireRealPerson } from "../../mentions.ts";
import { noticeModal } from "../../views/notice-modal.ts";
import { addedText, removedText } from "../supervision/leaders.ts";
import { ADMIN_IDS } from "./ids.ts";
import {
  ADD_TITLE,
  addLeaderModal,
  LEADER_FORM_BLOCKS,
  REMOVE_TITLE,
  removeLeaderModal,
} from "./views/leader-forms.ts";

const CHOOSE = "Choose the person.";
const fromHome = z.object({ from: z.literal("home") });
const addForm = z.object({
  [LEADER_FORM_BLOCKS.person]: slackUserId,
  [LEADER_FORM_BLOCKS.accreditedOn]: z.string().optional(),
});
const removeForm = z.object({ [LEADER_FORM_BLOCKS.person]: slackUserId });

/** A refusal from the service shown beside the person, where the admin can change it. */
async function refuse(ack: ViewSubmissionArgs["ack"], error: unknown): Promise<void> {
  if (!(error instanceof AppError)) throw error;
  await ack({
    response_action: "errors",
    errors: { [LEADER_FORM_BLOCKS.person]: error.userMessage },
  });
}

/** The admin's Add and Remove buttons, and their forms: the same changes as `admin leader add|remove`. */
export function registerLeaderForms(app: App, deps: BotDeps): void {
  app.action<BlockButtonAction>(ADMIN_IDS.addLeader, async ({ ack, body, action, client }) => {
    readButtonValue(fromHome, action.value);
    await ack();
    const actor = interactionActor(deps, body);
    await openModalThenFill(
      client,
      body.trigger_id,
      ADD_TITLE,
      deps.config.SLASH_COMMAND,
      async () => {
        requireAdmin(actor);
        return addLeaderModal(todayFor(serviceContext(deps)));
      },
    );
  });

  app.action<BlockButtonAction>(ADMIN_IDS.removeLeader, async ({ ack, body, action, client }) => {
    const value = readButtonValue(personValue.or(fromHome), action.value);
    await ack();
    const actor = interactionActor(deps, body);
    await openModalThenFill(
      client,
      body.trigger_id,
      REMOVE_TITLE,
      deps.config.SLASH_COMMAND,
      async () => {
        requireAdmin(actor);
        return removeLeaderModal("user" in value ? value.user : undefined);
      },
    );
  });

  app.view<ViewSubmitAction>(ADMIN_IDS.addLeaderModal, async ({ ack, body, view }) => {
    const form = parseModal(addForm, view.state.values);
    if (!form.ok) {
      await ack({ response_action: "errors", errors: { [LEADER_FORM_BLOCKS.person]: CHOOSE } });
      return;
    }
    const actor = interactionActor(deps, body);
    const person = { teamId: actor.teamId, userId: form.data[LEADER_FORM_BLOCKS.person] };
    const accreditedOn = form.data[LEADER_FORM_BLOCKS.accreditedOn];
    try {
      requireAdmin(actor);
      await requireRealPerson(deps.slackUsers, person.userId);
      const result = await addLeader(serviceContext(deps), actor, {
        person,
        ...(accreditedOn ? { accreditedOn } : {}),
      });
      await ack({ response_action: "update", view: noticeModal(ADD_TITLE, addedText(result)) });
    } catch (error) {
      await refuse(ack, error);
    }
  });

  app.view<ViewSubmitAction>(ADMIN_IDS.removeLeaderModal, async ({ ack, body, view }) => {
    const form = parseModal(removeForm, view.state.values);
    if (!form.ok) {
      await ack({ response_action: "errors", errors: { [LEADER_FORM_BLOCKS.person]: CHOOSE } });
      return;
    }
    const actor = interactionActor(deps, body);
    const person = { teamId: actor.teamId, userId: form.data[LEADER_FORM_BLOCKS.person] };
    try {
      const { endedSupervisions } = await removeLeader(serviceContext(deps), actor, { person });
      const text = removedText(person, endedSupervisions);
      await ack({ response_action: "update", view: noticeModal(REMOVE_TITLE, text) });
    } catch (error) {
      await refuse(ack, error);
    }
  });
}
