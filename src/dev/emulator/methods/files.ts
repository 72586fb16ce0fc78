import { z } from "zod";
import { UPLOAD_PATH } from "../model/files-upload.ts";
import type { ApiResponse, EmulatedFile } from "../types.ts";
import { defineMethod, failure } from "./define.ts";

/** Slack refuses files over 1 GB; the emulator keeps them in memory, so it takes far less. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

const lengthArg = z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)]);

/** Step 1 of files.uploadV2: a URL to post the bytes to, and the file's id. */
export const filesGetUploadUrlExternal = defineMethod(
  z.object({
    filename: z.string().min(1),
    length: lengthArg,
    alt_txt: z.string().optional(),
    snippet_type: z.string().optional(),
  }),
  (state, args) => {
    if (args.length < 1 || args.length > MAX_FILE_BYTES) return failure("invalid_arguments");
    const fileId = state.ids.nextFileId();
    state.files.begin(fileId, args.filename, args.length);
    return { ok: true, upload_url: `${state.baseUrl}${UPLOAD_PATH}${fileId}`, file_id: fileId };
  },
);

/** Step 3 of files.uploadV2: the uploaded files are shared, in a channel when one is given. */
export const filesCompleteUploadExternal = defineMethod(
  z.object({
    files: z.array(z.object({ id: z.string(), title: z.string().optional() })).min(1),
    channel_id: z.string().optional(),
    initial_comment: z.string().optional(),
    thread_ts: z.string().optional(),
  }),
  (state, args): ApiResponse => {
    const conversation = args.channel_id
      ? state.workspace.resolveConversation(args.channel_id)
      : undefined;
    if (args.channel_id && !conversation) return failure("channel_not_found");
    const { workspace } = state;
    const shared: EmulatedFile[] = [];
    for (const requested of args.files) {
      const file = state.files.complete(requested.id, {
        title: requested.title ?? "",
        user: workspace.botUserId,
        created: Math.floor(state.nowMs() / 1000),
        channels: conversation ? [conversation.id] : [],
      });
      if (!file) return failure("file_not_found");
      if (!file.title) file.title = file.name;
      shared.push(file);
    }
    if (conversation) {
      state.messages.post({
        channel: conversation.id,
        ts: state.ids.nextTs(),
        text: args.initial_comment ?? "",
        blocks: [],
        user: workspace.botUserId,
        botId: workspace.botId,
        source: "files.completeUploadExternal",
        files: shared.map(({ id, name, title, size }) => ({ id, name, title, size })),
        ...(args.thread_ts === undefined ? {} : { threadTs: args.thread_ts }),
      });
    }
    return {
      ok: true,
      files: shared.map(({ id, name, title, size, created, channels }) => ({
        id,
        name,
        title,
        size,
        created,
        channels,
      })),
    };
  },
);

/** files.delete: a bot deletes only the files it uploaded. */
export const filesDelete = defineMethod(z.object({ file: z.string() }), (state, args) => {
  const file = state.files.find(args.file);
  if (!file) return failure("file_not_found");
  if (file.user !== state.workspace.botUserId) return failure("cant_delete_file");
  state.files.delete(file.id);
  state.messages.removeFile(file.id);
  return { ok: true };
});
