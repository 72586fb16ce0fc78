import type { App, BlockButtonAction } from "@slack/bolt";
import { z } from "zod";
import type { BotDeps } from "../../deps.ts";
import { readButtonValue } from "../../forms/button-value.ts";
import { openModalThenFill } from "../../forms/open-modal.ts";
import { interactionActor } from "../../interaction.ts";
import { noticeModal } from "../../views/notice-modal.ts";
import { PRIVACY_IDS } from "./ids.ts";
import { sendExport } from "./send-export.ts";
import { exportSentReply } from "./views/privacy-messages.ts";

const EXPORT_TITLE = "Export my data";
const fromHome = z.object({ from: z.literal("home") });

/** The Home's "Export my data": what `/balint export` does, for the person who clicked. */
export function registerExportButton(app: App, deps: BotDeps): void {
  app.action<BlockButtonAction>(PRIVACY_IDS.exportOwn, async ({ ack, body, action, client }) => {
    readButtonValue(fromHome, action.value);
    await ack();
    const actor = interactionActor(deps, body);
    await openModalThenFill(
      client,
      body.trigger_id,
      EXPORT_TITLE,
      deps.config.SLASH_COMMAND,
      async () => {
        await sendExport(deps, client, actor, { teamId: actor.teamId, userId: actor.userId });
        return noticeModal(EXPORT_TITLE, exportSentReply(null));
      },
    );
  });
}
