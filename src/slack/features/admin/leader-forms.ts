import type { App, BlockButtonAction, ViewSubmitAction } from "@slack/bolt";
import { z } from "zod";
import type { AppError } from "../../../domain/app-error.ts";
import { todayFor } from "../../../services/inputs.ts";
import { addLeader, requireAdmin } from "../../../services/register/add-leader.ts";
import { removeLeader } from "../../../services/register/remove-leader.ts";
import { type BotDeps, serviceContext } from "../../deps.ts";
import { readButtonValue } from "../../forms/button-value.ts";
import { type ModalResult, parseModal } from "../../forms/modal-state.ts";
import { openModalThenFill } from "../../forms/open-modal.ts";
import { personValue, slackUserId } from "../../forms/person-value.ts";
import { submitModal } from "../../forms/submit-modal.ts";
import { interactionActor } from "../../interaction.ts";
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

/** A form with no person chosen is answered beside the person. */
function choosePerson<T>(form: ModalResult<T>): ModalResult<T> {
  return form.ok ? form : { ok: false, errors: { [LEADER_FORM_BLOCKS.person]: CHOOSE } };
}

/** A refusal from the service shown beside the person, where the admin can change it. */
const besideThePerson = (error: AppError) => ({ [LEADER_FORM_BLOCKS.person]: error.userMessage });

function submitAddLeader(deps: BotDeps) {
  return submitModal(deps, {
    form: (values) => choosePerson(parseModal(addForm, values)),
    run: async ({ ctx, actor, form }) => {
      const person = { teamId: actor.teamId, userId: form[LEADER_FORM_BLOCKS.person] };
      const accreditedOn = form[LEADER_FORM_BLOCKS.accreditedOn];
      requireAdmin(actor);
      await requireRealPerson(deps.slackUsers, person.userId);
      return addLeader(ctx, actor, { person, ...(accreditedOn ? { accreditedOn } : {}) });
    },
    refusal: besideThePerson,
    answer: (result) => ({
      response_action: "update",
      view: noticeModal(ADD_TITLE, addedText(result)),
    }),
  });
}

function submitRemoveLeader(deps: BotDeps) {
  return submitModal(deps, {
    form: (values) => choosePerson(parseModal(removeForm, values)),
    run: async ({ ctx, actor, form }) => {
      const person = { teamId: actor.teamId, userId: form[LEADER_FORM_BLOCKS.person] };
      const { endedSupervisions } = await removeLeader(ctx, actor, { person });
      return removedText(person, endedSupervisions);
    },
    refusal: besideThePerson,
    answer: (text) => ({ response_action: "update", view: noticeModal(REMOVE_TITLE, text) }),
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

  app.view<ViewSubmitAction>(ADMIN_IDS.addLeaderModal, submitAddLeader(deps));
  app.view<ViewSubmitAction>(ADMIN_IDS.removeLeaderModal, submitRemoveLeader(deps));
}
