import { z } from "zod";
import { withGeneratedIds } from "../blocks.ts";
import type { EmulatorState } from "../model/state.ts";
import type { Workspace } from "../model/workspace.ts";
import type { ApiResponse, EmulatedMessage, SlackBlock } from "../types.ts";
import { defineMethod, failure, parseMessageBlocks } from "./define.ts";

export const MAX_TEXT_LENGTH = 40_000;

const contentArgs = {
  channel: z.string().optional(),
  text: z.string().optional(),
  blocks: z.unknown().optional(),
  attachments: z.unknown().optional(),
  thread_ts: z.string().optional(),
};

type Content = { text: string; blocks: SlackBlock[] | undefined };

/** Slack's checks on message content: something to show, valid blocks, not too long. */
function readContent(
  args: { text?: string | undefined; blocks?: unknown; attachments?: unknown },
  required: boolean,
): { ok: true; content: Content } | { ok: false; response: ApiResponse } {
  const blocks = parseMessageBlocks(args.blocks);
  if (!blocks.ok) return { ok: false, response: failure(blocks.error) };
  const hasContent = !!args.text || !!blocks.blocks?.length || args.attachments !== undefined;
  if (required && !hasContent) return { ok: false, response: failure("no_text") };
  if ((args.text ?? "").length > MAX_TEXT_LENGTH) {
    return { ok: false, response: failure("msg_too_long") };
  }
  const stored = blocks.blocks && withGeneratedIds(blocks.blocks);
  return { ok: true, content: { text: args.text ?? "", blocks: stored } };
}

/** A message object as Slack returns it from chat.* and sends it in block_actions payloads. */
export function messageObject(workspace: Workspace, message: EmulatedMessage) {
  if (message.source === "user") {
    const { user, text, ts } = message;
    return {
      type: "message" as const,
      user,
      team: workspace.teamId,
      text,
      ts,
      ...(message.threadTs === undefined ? {} : { thread_ts: message.threadTs }),
      ...(message.files === undefined ? {} : { files: message.files.map((file) => ({ ...file })) }),
    };
  }
  return {
    type: "message" as const,
    user: message.user,
    bot_id: message.botId,
    app_id: workspace.appId,
    team: workspace.teamId,
    text: message.text,
    ts: message.ts,
    blocks: message.blocks,
    ...(message.threadTs === undefined ? {} : { thread_ts: message.threadTs }),
    ...(message.editedTs === undefined
      ? {}
      : { edited: { user: message.user, ts: message.editedTs } }),
    ...(message.metadata === undefined ? {} : { metadata: message.metadata }),
    ...(message.files === undefined ? {} : { files: message.files.map((file) => ({ ...file })) }),
    bot_profile: {
      id: workspace.botId,
      app_id: workspace.appId,
      name: workspace.botName,
      team_id: workspace.teamId,
      deleted: false,
    },
  };
}

function writableConversation(state: EmulatorState, channel: string | undefined) {
  const conversation = channel ? state.workspace.resolveConversation(channel) : undefined;
  if (!conversation) return { ok: false as const, response: failure("channel_not_found") };
  const members = state.workspace.membersOf(conversation);
  if (!members.includes(state.workspace.botUserId)) {
    return { ok: false as const, response: failure("not_in_channel") };
  }
  return { ok: true as const, conversation, members };
}

export const chatPostMessage = defineMethod(
  z.object({ ...contentArgs, metadata: z.unknown().optional() }),
  (state, args) => {
    const target = writableConversation(state, args.channel);
    if (!target.ok) return target.response;
    const content = readContent(args, true);
    if (!content.ok) return content.response;
    const { workspace } = state;
    const message = state.messages.post({
      channel: target.conversation.id,
      ts: state.ids.nextTs(),
      text: content.content.text,
      blocks: content.content.blocks ?? [],
      user: workspace.botUserId,
      botId: workspace.botId,
      source: "chat.postMessage",
      ...(args.thread_ts === undefined ? {} : { threadTs: args.thread_ts }),
      ...(args.metadata === undefined ? {} : { metadata: args.metadata }),
    });
    return {
      ok: true,
      channel: message.channel,
      ts: message.ts,
      message: messageObject(workspace, message),
    };
  },
);

export const chatUpdate = defineMethod(
  z.object({ ...contentArgs, ts: z.string().optional(), metadata: z.unknown().optional() }),
  (state, args) => {
    const conversation = args.channel
      ? state.workspace.resolveConversation(args.channel)
      : undefined;
    if (!conversation) return failure("channel_not_found");
    const content = readContent(args, false);
    if (!content.ok) return content.response;
    const message = state.messages.update(conversation.id, args.ts ?? "", {
      ...(args.text === undefined ? {} : { text: content.content.text }),
      ...(content.content.blocks === undefined ? {} : { blocks: content.content.blocks }),
      ...(args.metadata === undefined ? {} : { metadata: args.metadata }),
      editedTs: state.ids.nextTs(),
    });
    if (!message) return failure("message_not_found");
    return {
      ok: true,
      channel: message.channel,
      ts: message.ts,
      text: message.text,
      message: messageObject(state.workspace, message),
    };
  },
);

export const chatDelete = defineMethod(
  z.object({ channel: z.string().optional(), ts: z.string().optional() }),
  (state, args) => {
    const conversation = args.channel
      ? state.workspace.resolveConversation(args.channel)
      : undefined;
    if (!conversation) return failure("channel_not_found");
    if (!state.messages.delete(conversation.id, args.ts ?? "")) return failure("message_not_found");
    return { ok: true, channel: conversation.id, ts: args.ts };
  },
);

export const chatPostEphemeral = defineMethod(
  z.object({ ...contentArgs, user: z.string().optional() }),
  (state, args) => {
    const target = writableConversation(state, args.channel);
    if (!target.ok) return target.response;
    if (!args.user || !state.workspace.user(args.user)) return failure("user_not_found");
    if (!target.members.includes(args.user)) return failure("user_not_in_channel");
    const content = readContent(args, true);
    if (!content.ok) return content.response;
    const message = state.messages.addEphemeral({
      channel: target.conversation.id,
      user: args.user,
      ts: state.ids.nextTs(),
      text: content.content.text,
      blocks: content.content.blocks ?? [],
      source: "chat.postEphemeral",
      ...(args.thread_ts === undefined ? {} : { threadTs: args.thread_ts }),
    });
    return { ok: true, message_ts: message.ts };
  },
);
