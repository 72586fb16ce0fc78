import type { WebClient } from "@slack/web-api";
import { AppError } from "../../domain/app-error.ts";
import type { OutboxItemToDeliver } from "../../services/delivery/claim-outbox-items.ts";
import { type PostSubject, recordPost } from "../../services/record-post.ts";
import { type BotDeps, serviceContext } from "../deps.ts";
import type { PostedMessage } from "../direct-message.ts";
import { REMOVED_POST } from "../features/privacy/views/privacy-messages.ts";
import { earlierPost, type PostTarget } from "./post-once.ts";
import { judgeSlackFailure } from "./slack-failure.ts";

/*
 * A post about a request or an application is recorded only after Slack has taken it, and only
 * an erasure erases those, so an erasure in between cannot see the post. The delivery then
 * edits it as the erasure edits the posts it sees. An edit that fails throws, and the outbox
 * retries the item, as after a crash: the retry finds the subject gone and the post by the key
 * it carries.
 */

/** Records where the post went; false when its subject was erased meanwhile (the post is edited). */
export async function recordOrRedactPost(
  deps: BotDeps,
  client: WebClient,
  subject: { subject: PostSubject; id: number },
  posted: PostedMessage,
): Promise<boolean> {
  try {
    await recordPost(serviceContext(deps), { ...subject, ...posted });
    return true;
  } catch (error) {
    if (!isGone(error)) throw error;
    await redactMessage(client, posted);
    return false;
  }
}

/** For a subject found erased: edits the post an earlier attempt of this item may have made. */
export async function redactEarlierPost(
  client: WebClient,
  item: OutboxItemToDeliver,
  target: PostTarget,
): Promise<void> {
  const earlier = await earlierPost(client, item, target);
  if (earlier) await redactMessage(client, earlier);
}

/**
 * The post now says its content was removed, and the files the bot shared in its thread (an
 * application's PDF) are deleted. A post or file deleted in Slack meanwhile needs nothing.
 */
export async function redactMessage(client: WebClient, at: PostedMessage): Promise<void> {
  try {
    await client.chat.update({ channel: at.channel, ts: at.ts, ...REMOVED_POST });
  } catch (error) {
    if (judgeSlackFailure(error).error === "message_not_found") return;
    throw error;
  }
  await deleteFilesInThread(client, at);
}

/** Files already gone, or not the bot's to delete (a person's, another app's): left as they are. */
const NOT_TO_DELETE = ["file_not_found", "file_deleted", "cant_delete_file"];

async function deleteFilesInThread(client: WebClient, at: PostedMessage): Promise<void> {
  let cursor: string | undefined;
  do {
    const page = await client.conversations.replies({
      channel: at.channel,
      ts: at.ts,
      limit: 200,
      ...(cursor ? { cursor } : {}),
    });
    for (const { id } of (page.messages ?? []).flatMap((message) => message.files ?? [])) {
      if (!id) continue;
      try {
        await client.files.delete({ file: id });
      } catch (error) {
        if (!NOT_TO_DELETE.includes(judgeSlackFailure(error).error)) throw error;
      }
    }
    cursor = page.response_metadata?.next_cursor || undefined;
  } while (cursor);
}

/** A use case's answer that the record it was asked about no longer exists. */
export function isGone(error: unknown): boolean {
  return error instanceof AppError && error.code === "NOT_FOUND";
}
