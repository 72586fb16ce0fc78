import type { WebClient } from "@slack/web-api";
import {
  type ApplicationRecord,
  getApplication,
} from "../../../services/applications/get-application.ts";
import type { OutboxItemToDeliver } from "../../../services/delivery/claim-outbox-items.ts";
import { isGone, recordOrRedactPost, redactEarlierPost } from "../../delivery/erased-posts.ts";
import { postOnce } from "../../delivery/post-once.ts";
import { type BotDeps, serviceContext, societyOf } from "../../deps.ts";
import type { PostedMessage } from "../../direct-message.ts";
import { applicationPost } from "./views/application-post.ts";

/**
 * Shows an application in the subcommittee channel as it now stands: edits its post, or posts
 * it (and remembers where) when it has none yet. Returns the application and where its post is,
 * or null when the application was erased: a post made meanwhile says its content was removed.
 */
export async function showApplicationPost(
  deps: BotDeps,
  client: WebClient,
  applicationId: number,
  item: OutboxItemToDeliver,
): Promise<{ application: ApplicationRecord; at: PostedMessage } | null> {
  const target = { channel: deps.config.SUBCOMMITTEE_CHANNEL_ID, part: "post" };
  const record = await getApplication(
    serviceContext(deps),
    { kind: "channel" },
    { applicationId },
  ).catch((error: unknown) => {
    if (isGone(error)) return null;
    throw error;
  });
  if (!record) {
    await redactEarlierPost(client, item, target);
    return null;
  }
  const message = applicationPost(record, {
    timeZone: deps.config.TIMEZONE,
    command: deps.config.SLASH_COMMAND,
    society: societyOf(deps),
  });
  if (record.postChannel && record.postTs) {
    const at = { channel: record.postChannel, ts: record.postTs };
    await client.chat.update({ ...at, ...message });
    return { application: record, at };
  }
  const at = await postOnce(client, item, target, message);
  const subject = { subject: "application", id: applicationId } as const;
  if (!(await recordOrRedactPost(deps, client, subject, at))) return null;
  return { application: record, at };
}
