import type { WebClient } from "@slack/web-api";
import { getApplication } from "../../../services/applications/get-application.ts";
import { recordPost } from "../../../services/record-post.ts";
import { type BotDeps, serviceContext } from "../../deps.ts";
import { type PostedMessage, postToChannel } from "../../direct-message.ts";
import { applicationPost } from "./views/application-post.ts";

/**
 * Shows an application in the subcommittee channel as it now stands: edits its post, or posts
 * it (and remembers where) when it has none yet. Returns where the post is.
 */
export async function showApplicationPost(
  deps: BotDeps,
  client: WebClient,
  applicationId: number,
): Promise<PostedMessage> {
  const record = await getApplication(serviceContext(deps), { kind: "channel" }, { applicationId });
  const message = applicationPost(record, {
    timeZone: deps.config.TIMEZONE,
    command: deps.config.SLASH_COMMAND,
  });
  if (record.postChannel && record.postTs) {
    await client.chat.update({ channel: record.postChannel, ts: record.postTs, ...message });
    return { channel: record.postChannel, ts: record.postTs };
  }
  const posted = await postToChannel(client, deps.config.SUBCOMMITTEE_CHANNEL_ID, message);
  await recordPost(serviceContext(deps), { subject: "application", id: applicationId, ...posted });
  return posted;
}

/**
 * After a change that is already stored: shows it in the channel, or, if Slack fails, logs it
 * and carries on, so the people concerned are still told (the weekly digest lists the
 * application either way). Returns where the post is, when it could be shown.
 */
export async function refreshApplicationPost(
  deps: BotDeps,
  client: WebClient,
  applicationId: number,
): Promise<PostedMessage | undefined> {
  try {
    return await showApplicationPost(deps, client, applicationId);
  } catch (error) {
    deps.logger.error("Could not show an application in the subcommittee channel", {
      applicationId,
      error: String(error),
    });
    return undefined;
  }
}
