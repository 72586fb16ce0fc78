import type { App, GlobalShortcut, MessageShortcut } from "@slack/bolt";
import type { BotDeps } from "../../deps.ts";
import { interestFormView } from "../enquiries/views/interest-form.ts";
import { openLogModal } from "../logging/log/log-command.ts";
import { SHORTCUT_IDS } from "./ids.ts";
import { messageDate } from "./message-date.ts";

/**
 * The lightning menu's shortcuts and the message shortcut: each opens the same form as its
 * command. Whoever submits the form is checked there, as for the command.
 */
export function registerShortcuts(app: App, deps: BotDeps): void {
  app.shortcut<GlobalShortcut>(SHORTCUT_IDS.logSession, async ({ ack, body, client }) => {
    await ack();
    await openLogModal(deps, client, { triggerId: body.trigger_id, fromModal: false });
  });
  app.shortcut<GlobalShortcut>(SHORTCUT_IDS.interestForm, async ({ ack, body, client }) => {
    await ack();
    await client.views.open({ trigger_id: body.trigger_id, view: interestFormView() });
  });
  app.shortcut<MessageShortcut>(SHORTCUT_IDS.logFromMessage, async ({ ack, body, client }) => {
    await ack();
    const occurredOn = messageDate(body.message.ts, deps.config.TIMEZONE);
    await openLogModal(deps, client, {
      triggerId: body.trigger_id,
      fromModal: false,
      ...(occurredOn ? { occurredOn } : {}),
    });
  });
}
