import type { App, BlockButtonAction } from "@slack/bolt";
import { z } from "zod";
import { recordReminders } from "../../../services/jobs/record-reminders.ts";
import { requestDigest } from "../../../services/jobs/request-digest.ts";
import { requireAdmin } from "../../../services/register/add-leader.ts";
import { type BotDeps, serviceContext } from "../../deps.ts";
import { readButtonValue } from "../../forms/button-value.ts";
import { openModalThenFill } from "../../forms/open-modal.ts";
import { interactionActor } from "../../interaction.ts";
import { noticeModal } from "../../views/notice-modal.ts";
import { digestPostedReply, remindersSentReply } from "../scheduled/views/admin-replies.ts";
import { ADMIN_IDS } from "./ids.ts";

const fromHome = z.object({ from: z.literal("home") });

/**
 * "Run digest now" and "Run reminders now" on the admin's App Home: what `admin digest` and
 * `admin reminders` do, with the answer in a modal. The clicker is checked before anything runs.
 */
export function registerRunNow(app: App, deps: BotDeps): void {
  app.action<BlockButtonAction>(ADMIN_IDS.runDigest, async ({ ack, body, action, client }) => {
    readButtonValue(fromHome, action.value);
    await ack();
    const actor = interactionActor(deps, body);
    await openModalThenFill(
      client,
      body.trigger_id,
      "Weekly digest",
      deps.config.SLASH_COMMAND,
      async () => {
        requireAdmin(actor);
        const content = await requestDigest(serviceContext(deps));
        deps.deliverSoon();
        return noticeModal(
          "Weekly digest",
          digestPostedReply(content, deps.config.SUBCOMMITTEE_CHANNEL_ID),
        );
      },
    );
  });
  app.action<BlockButtonAction>(ADMIN_IDS.runReminders, async ({ ack, body, action, client }) => {
    readButtonValue(fromHome, action.value);
    await ack();
    const actor = interactionActor(deps, body);
    await openModalThenFill(
      client,
      body.trigger_id,
      "Reminders",
      deps.config.SLASH_COMMAND,
      async () => {
        requireAdmin(actor);
        const summary = await recordReminders(serviceContext(deps));
        deps.deliverSoon();
        return noticeModal("Reminders", remindersSentReply(summary));
      },
    );
  });
}
