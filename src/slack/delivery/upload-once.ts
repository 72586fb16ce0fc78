import type { WebClient } from "@slack/web-api";

/** How far back to look for a file whose first upload may have reached Slack. */
const LOOKBACK = 100;

export interface FileToShare {
  /** Names this document and version: it is looked for before uploading. */
  filename: string;
  title: string;
  bytes: Buffer;
  comment?: string;
}

/**
 * Shares a file in a channel or a thread (files.uploadV2). Files carry no message metadata, so
 * the conversation (or the thread) is searched for a file of the same name first, and a file
 * already there is not uploaded twice: after a retry, or when a delayed item drew the document
 * as it stands now, the same version a later item shares.
 */
export async function uploadOnce(
  client: WebClient,
  target: { channel: string; threadTs?: string },
  file: FileToShare,
): Promise<void> {
  if (await alreadyShared(client, target, file.filename)) return;
  await client.filesUploadV2({
    channel_id: target.channel,
    ...(target.threadTs ? { thread_ts: target.threadTs } : {}),
    ...(file.comment ? { initial_comment: file.comment } : {}),
    file_uploads: [{ file: file.bytes, filename: file.filename, title: file.title }],
  });
}

async function alreadyShared(
  client: WebClient,
  target: { channel: string; threadTs?: string },
  filename: string,
): Promise<boolean> {
  const answer = target.threadTs
    ? await client.conversations.replies({
        channel: target.channel,
        ts: target.threadTs,
        limit: LOOKBACK,
      })
    : await client.conversations.history({ channel: target.channel, limit: LOOKBACK });
  return (answer.messages ?? []).some((message) =>
    message.files?.some((shared) => shared.name === filename),
  );
}
