import { z } from "zod";
import { formBoolean } from "./methods/define.ts";
import type { HttpAnswer } from "./methods/index.ts";
import type { EmulatorState } from "./model/state.ts";
import { blockSchema, describeIssues } from "./model/view-input.ts";
import type { ResponseUrlBody, ResponseUrlOrigin } from "./types.ts";

const responseBodySchema = z.object({
  text: z.string().optional(),
  blocks: z.array(blockSchema).optional(),
  response_type: z.enum(["ephemeral", "in_channel"]).optional(),
  replace_original: formBoolean.optional(),
  delete_original: formBoolean.optional(),
  thread_ts: z.string().optional(),
});

/** Answers a POST to a response_url: records it and applies it as Slack would. */
export function answerResponseUrlPost(
  state: EmulatorState,
  id: string,
  rawBody: string,
): HttpAnswer {
  const origin = state.responseUrls.origin(id);
  if (!origin) return { status: 404, headers: {}, body: { ok: false, error: "expired_url" } };
  const parsed = responseBodySchema.safeParse(parseJson(rawBody));
  if (!parsed.success) {
    const messages = describeIssues(parsed.error);
    return { status: 400, headers: {}, body: { ok: false, error: "invalid_payload", messages } };
  }
  const body: ResponseUrlBody = parsed.data;
  state.responseUrls.record({ id, body, origin, at: state.nowMs() });
  applyResponse(state, origin, body);
  return { status: 200, headers: {}, body: { ok: true } };
}

function applyResponse(state: EmulatorState, origin: ResponseUrlOrigin, body: ResponseUrlBody) {
  const { messages } = state;
  const original = origin.messageTs;
  if (body.delete_original && original) {
    if (origin.isEphemeral) messages.deleteEphemeral(origin.channelId, original);
    else messages.delete(origin.channelId, original);
    return;
  }
  if (body.replace_original && original) {
    const patch = { text: body.text ?? "", blocks: body.blocks ?? [] };
    const replaced = origin.isEphemeral
      ? messages.replaceEphemeral(origin.channelId, original, patch)
      : messages.update(origin.channelId, original, { ...patch, editedTs: state.ids.nextTs() });
    if (replaced) return;
  }
  const content = {
    channel: origin.channelId,
    ts: state.ids.nextTs(),
    text: body.text ?? "",
    blocks: body.blocks ?? [],
    source: "response_url" as const,
    ...(body.thread_ts === undefined ? {} : { threadTs: body.thread_ts }),
  };
  if (body.response_type === "in_channel") {
    const { botUserId, botId } = state.workspace;
    messages.post({ ...content, user: botUserId, botId });
  } else {
    messages.addEphemeral({ ...content, user: origin.userId });
  }
}

/** Bolt posts JSON; a form body with a `payload` field is accepted too. */
function parseJson(rawBody: string): unknown {
  try {
    return JSON.parse(rawBody);
  } catch {
    const payload = new URLSearchParams(rawBody).get("payload");
    if (payload === null) return undefined;
    try {
      return JSON.parse(payload);
    } catch {
      return undefined;
    }
  }
}
