import { logEntry } from "../../../../services/entries/log-entry.ts";
import { todayFor } from "../../../../services/inputs.ts";
import type { BotDeps } from "../../../deps.ts";
import { submitModal } from "../../../forms/submit-modal.ts";
import type { ButtonClickArgs } from "../../../interaction.ts";
import { requireRealPerson } from "../../../mentions.ts";
import { logModalErrors, readLogModal } from "../views/log-modal-values.ts";
import { loggedModalView } from "../views/logged-modal.ts";
import { openLogModal } from "./log-command.ts";
import { loggedFacts } from "./logged-facts.ts";

/** The shared "Log a session" button (App Home, reminders…): opens the logging modal. */
export function openLogButton(deps: BotDeps) {
  return async ({ ack, body, client }: ButtonClickArgs): Promise<void> => {
    await ack();
    await openLogModal(deps, client, {
      triggerId: body.trigger_id,
      fromModal: body.view?.type === "modal",
    });
  };
}

/** The logging modal is submitted: errors stay in the form; success shows what was recorded. */
export function submitLogModal(deps: BotDeps) {
  return submitModal(deps, {
    form: (values, { ctx, actor }) =>
      readLogModal(values, { teamId: actor.teamId, today: todayFor(ctx) }),
    run: async ({ ctx, actor, form }) => {
      const named = form.counterpart?.userId;
      if (named) await requireRealPerson(deps.slackUsers, named);
      return logEntry(ctx, actor, form);
    },
    refusal: (error, form) => logModalErrors(error, form),
    answer: (result, { form, actor }) => ({
      response_action: "update",
      view: loggedModalView(
        loggedFacts(deps, result, form.counterpart?.userId ?? null),
        actor.userId,
      ),
    }),
  });
}
