import { z } from "zod";
import type { Conversation, Workspace } from "../model/workspace.ts";
import { messageObject } from "./chat.ts";
import { defineMethod, failure, formBoolean } from "./define.ts";

/** A conversation object as conversations.info and conversations.open (return_im) give it. */
export function conversationObject(workspace: Workspace, conversation: Conversation) {
  if (conversation.kind === "im") {
    return {
      id: conversation.id,
      is_im: true,
      is_channel: false,
      is_group: false,
      is_mpim: false,
      is_private: true,
      is_archived: false,
      is_org_shared: false,
      user: conversation.userId,
      created: 0,
    };
  }
  const { channel } = conversation;
  return {
    id: channel.id,
    name: channel.name,
    name_normalized: channel.name,
    is_channel: !channel.isPrivate,
    is_group: channel.isPrivate,
    is_im: false,
    is_mpim: false,
    is_private: channel.isPrivate,
    is_archived: false,
    is_general: false,
    is_member: channel.members.includes(workspace.botUserId),
    num_members: channel.members.length,
    created: 0,
    topic: { value: "", creator: "", last_set: 0 },
    purpose: { value: "", creator: "", last_set: 0 },
  };
}

export const conversationsOpen = defineMethod(
  z.object({
    users: z.string().optional(),
    channel: z.string().optional(),
    return_im: formBoolean.optional(),
  }),
  (state, args) => {
    const { workspace } = state;
    const userIds = (args.users ?? "").split(",").filter((id) => id.trim() !== "");
    if (userIds.length > 1) {
      return failure("not_supported", ["the emulator opens only one-to-one DMs"]);
    }
    const target = userIds[0] ?? args.channel;
    if (!target) return failure("users_list_not_supplied");
    const conversation = workspace.resolveConversation(target.trim());
    if (conversation?.kind !== "im") {
      return failure(userIds.length ? "user_not_found" : "channel_not_found");
    }
    const channel = args.return_im
      ? conversationObject(workspace, conversation)
      : { id: conversation.id };
    return { ok: true, channel };
  },
);

/** A conversation named by its own id (a user id is not a channel here). */
function conversationById(workspace: Workspace, id: string | undefined): Conversation | undefined {
  const conversation = id ? workspace.resolveConversation(id) : undefined;
  return conversation?.id === id ? conversation : undefined;
}

export const conversationsMembers = defineMethod(
  z.object({ channel: z.string().optional(), cursor: z.string().optional() }),
  (state, args) => {
    const conversation = conversationById(state.workspace, args.channel);
    if (!conversation) return failure("channel_not_found");
    return {
      ok: true,
      members: state.workspace.membersOf(conversation),
      response_metadata: { next_cursor: "" },
    };
  },
);

export const conversationsInfo = defineMethod(
  z.object({ channel: z.string().optional() }),
  (state, args) => {
    const conversation = conversationById(state.workspace, args.channel);
    if (!conversation) return failure("channel_not_found");
    return { ok: true, channel: conversationObject(state.workspace, conversation) };
  },
);

/** Newest first, as Slack answers; metadata only with `include_all_metadata`. */
export const conversationsHistory = defineMethod(
  z.object({
    channel: z.string().optional(),
    limit: z.coerce.number().int().min(1).max(999).optional(),
    include_all_metadata: formBoolean.optional(),
    /** Only messages after this timestamp, as Slack's `oldest` (exclusive). */
    oldest: z.string().optional(),
    cursor: z.string().optional(),
  }),
  (state, args) => {
    const conversation = conversationById(state.workspace, args.channel);
    if (!conversation) return failure("channel_not_found");
    if (!state.workspace.membersOf(conversation).includes(state.workspace.botUserId)) {
      return failure("not_in_channel");
    }
    const from = args.cursor ? offsetOf(args.cursor) : 0;
    if (from === undefined) return failure("invalid_cursor");
    const limit = args.limit ?? 100;
    const newestFirst = state.messages
      .in(conversation.id)
      .filter((message) => !args.oldest || Number(message.ts) > Number(args.oldest))
      .reverse();
    const messages = newestFirst.slice(from, from + limit).map((message) => {
      const shown = messageObject(state.workspace, message);
      if (args.include_all_metadata || !("metadata" in shown)) return shown;
      const { metadata: _hidden, ...rest } = shown;
      return rest;
    });
    const more = from + limit < newestFirst.length;
    return {
      ok: true,
      messages,
      has_more: more,
      ...(more ? { response_metadata: { next_cursor: cursorAt(from + limit) } } : {}),
    };
  },
);

/** Slack's cursors are opaque; the emulator's carry the next page's offset. */
function cursorAt(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString("base64");
}

function offsetOf(cursor: string): number | undefined {
  const match = /^offset:(\d+)$/.exec(Buffer.from(cursor, "base64").toString());
  return match ? Number(match[1]) : undefined;
}

/** A thread: its parent, then its replies, oldest first, as Slack answers. */
export const conversationsReplies = defineMethod(
  z.object({
    channel: z.string().optional(),
    ts: z.string().optional(),
    limit: z.coerce.number().int().min(1).max(999).optional(),
    include_all_metadata: formBoolean.optional(),
  }),
  (state, args) => {
    const conversation = conversationById(state.workspace, args.channel);
    if (!conversation) return failure("channel_not_found");
    if (!state.workspace.membersOf(conversation).includes(state.workspace.botUserId)) {
      return failure("not_in_channel");
    }
    const all = state.messages.in(conversation.id);
    const parent = all.find((message) => message.ts === args.ts);
    if (!parent) return failure("thread_not_found");
    const messages = [parent, ...all.filter((message) => message.threadTs === parent.ts)]
      .slice(0, args.limit ?? 1000)
      .map((message) => {
        const shown = messageObject(state.workspace, message);
        if (args.include_all_metadata || !("metadata" in shown)) return shown;
        const { metadata: _hidden, ...rest } = shown;
        return rest;
      });
    return { ok: true, messages, has_more: false };
  },
);
