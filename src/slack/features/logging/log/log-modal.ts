import { AppError } from "../../../../domain/app-error.ts";
import { type LoggedEntryResult, logEntry } from "../../../../services/entries/log-entry.ts";
import { todayFor } from "../../../../services/inputs.ts";
import { type BotDeps, serviceContext } from "../../../deps.ts";
import {
  type ButtonClickArgs,
  interactionActor,
  type ViewSubmissionArgs,
} from "../../../interaction.ts";
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
  return async ({ ack, body, view }: ViewSubmissionArgs): Promise<void> => {
    const ctx = serviceContext(deps);
    const actor = interactionActor(deps, body);
    const form = readLogModal(view.state.values, { teamId: actor.teamId, today: todayFor(ctx) });
    if (!form.ok) {
      await ack({ response_action: "errors", errors: form.errors });
      return;
    }
    let result: LoggedEntryResult;
    try {
      const named = form.data.counterpart?.userId;
      if (named) await requireRealPerson(deps.slackUsers, named);
      result = await logEntry(ctx, actor, form.data);
    } catch (error) {
      const errors = error instanceof AppError ? logModalErrors(error, form.data) : undefined;
      if (!errors) throw error;
      await ack({ response_action: "errors", errors });
      return;
    }
    const facts = loggedFacts(deps, result, form.data.counterpart?.userId ?? null);
    await ack({ response_action: "update", view: loggedModalView(facts) });
  };
}
