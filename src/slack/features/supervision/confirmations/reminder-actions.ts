import type { App } from "@slack/bolt";
import { z } from "zod";
import { calendarDate } from "../../../../domain/dates.ts";
import { checkEntryDecider } from "../../../../services/confirmations/check-entry-decider.ts";
import { decideEntries } from "../../../../services/confirmations/decide-entry.ts";
import { snoozeConfirmationReminders } from "../../../../services/confirmations/snooze-confirmation-reminders.ts";
import { type BotDeps, serviceContext } from "../../../deps.ts";
import { idValue, readButtonValue } from "../../../forms/button-value.ts";
import { openModalThenFill } from "../../../forms/open-modal.ts";
import { type ButtonClickArgs, interactionActor } from "../../../interaction.ts";
import { readOnlyModal } from "../../../views/notice-modal.ts";
import { SUPERVISION_IDS } from "../ids.ts";
import { confirmationRequestMessage } from "../views/confirmations/confirmation-message.ts";
import { readShownEntries } from "../views/confirmations/entry-values.ts";
import { confirmedFromReminderText, snoozedText } from "../views/confirmations/reminder-answers.ts";
import { showCorrected } from "./show-corrected.ts";

const ENTRY_TITLE = "Session to confirm";
const snoozeValue = z.object({ days: z.literal(7) });

/** Open: the entry with Confirm and Query, for its confirmer only (the same refusal for anyone else). */
async function openEntry(deps: BotDeps, { ack, body, action, client }: ButtonClickArgs) {
  const { id } = readButtonValue(idValue, action.value);
  await ack();
  const actor = interactionActor(deps, body);
  await openModalThenFill(
    client,
    body.trigger_id,
    ENTRY_TITLE,
    deps.config.SLASH_COMMAND,
    async () => {
      const entry = await checkEntryDecider(serviceContext(deps), actor, { entryId: id });
      const { blocks = [] } = confirmationRequestMessage([entry], deps.config.TIMEZONE);
      return readOnlyModal(ENTRY_TITLE, blocks);
    },
  );
}

/**
 * Confirm all: every entry the reminder listed, together and as listed, then the reminder says
 * so. If the trainee corrected any since, nothing is confirmed and the corrected ones are shown.
 */
async function confirmAll(deps: BotDeps, args: ButtonClickArgs) {
  const { ack, body, action, respond } = args;
  const entries = readShownEntries(action.value);
  const actor = interactionActor(deps, body);
  const results = await decideEntries(serviceContext(deps), actor, {
    entries,
    decision: "confirm",
  });
  await ack();
  if (await showCorrected(deps, args, results)) return;
  const confirmed = results.filter((result) => result.changed).length;
  const text = confirmedFromReminderText(confirmed, results.length);
  await respond({ replace_original: true, text, blocks: [] });
}

/** Remind me in a week: stored before the acknowledgement, so a restart keeps it. */
async function snooze(deps: BotDeps, { ack, body, action, respond }: ButtonClickArgs) {
  readButtonValue(snoozeValue, action.value);
  const { until } = await snoozeConfirmationReminders(
    serviceContext(deps),
    interactionActor(deps, body),
  );
  await ack();
  await respond({
    response_type: "ephemeral",
    replace_original: false,
    text: snoozedText(calendarDate(until, deps.config.TIMEZONE)),
  });
}

/** The buttons on the confirmer's weekly reminder. */
export function registerReminderActions(app: App, deps: BotDeps): void {
  app.action(SUPERVISION_IDS.openEntry, (args: ButtonClickArgs) => openEntry(deps, args));
  app.action(SUPERVISION_IDS.confirmAllFromReminder, (args: ButtonClickArgs) =>
    confirmAll(deps, args),
  );
  app.action(SUPERVISION_IDS.snoozeReminders, (args: ButtonClickArgs) => snooze(deps, args));
}
