import type { WebClient } from "@slack/web-api";
import type { PersonRef } from "../../../domain/person-ref.ts";
import type { Actor } from "../../../services/context.ts";
import { renderExportFiles } from "../../../services/privacy/files/export-files.ts";
import { gatherPersonalData } from "../../../services/privacy/gather-personal-data.ts";
import { type BotDeps, serviceContext } from "../../deps.ts";
import { openDirectMessage } from "../../direct-message.ts";
import { exportComment } from "./views/privacy-messages.ts";

/**
 * Gathers what is held about `about`, renders the three files and uploads them to the
 * requester's DM. Authorisation (self or admin) is the use case's.
 */
export async function sendExport(
  deps: BotDeps,
  client: WebClient,
  requester: Actor,
  about: PersonRef,
): Promise<void> {
  const data = await gatherPersonalData(serviceContext(deps), requester, { person: about });
  const files = await renderExportFiles(data);
  const channel = await openDirectMessage(client, requester.userId);
  const own = about.userId === requester.userId;
  await client.filesUploadV2({
    channel_id: channel,
    initial_comment: exportComment(own ? null : about.userId),
    file_uploads: files.map((file) => ({
      file: file.bytes,
      filename: file.filename,
      title: file.title,
    })),
  });
  deps.logger.info("Sent a data export", { files: files.length, own });
}
