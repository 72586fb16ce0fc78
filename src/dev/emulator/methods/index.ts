import type { PlannedFailure } from "../model/calls.ts";
import type { EmulatorState } from "../model/state.ts";
import {
  type ParsedWebApiRequest,
  parseWebApiRequest,
  type WebApiRequest,
} from "../request-args.ts";
import type { ApiResponse } from "../types.ts";
import { appsConnectionsOpen } from "./apps.ts";
import { authTest } from "./auth.ts";
import { chatDelete, chatPostEphemeral, chatPostMessage, chatUpdate } from "./chat.ts";
import {
  conversationsHistory,
  conversationsInfo,
  conversationsMembers,
  conversationsOpen,
  conversationsReplies,
} from "./conversations.ts";
import type { MethodHandler } from "./define.ts";
import { filesCompleteUploadExternal, filesDelete, filesGetUploadUrlExternal } from "./files.ts";
import { usersInfo, usersLookupByEmail } from "./users.ts";
import { viewsOpen, viewsPublish, viewsPush, viewsUpdate } from "./views.ts";

export const WEB_API_METHODS: Readonly<Record<string, MethodHandler>> = {
  "apps.connections.open": appsConnectionsOpen,
  "auth.test": authTest,
  "chat.postMessage": chatPostMessage,
  "chat.update": chatUpdate,
  "chat.postEphemeral": chatPostEphemeral,
  "chat.delete": chatDelete,
  "conversations.open": conversationsOpen,
  "conversations.members": conversationsMembers,
  "conversations.info": conversationsInfo,
  "conversations.history": conversationsHistory,
  "conversations.replies": conversationsReplies,
  "files.getUploadURLExternal": filesGetUploadUrlExternal,
  "files.completeUploadExternal": filesCompleteUploadExternal,
  "files.delete": filesDelete,
  "users.info": usersInfo,
  "users.lookupByEmail": usersLookupByEmail,
  "views.open": viewsOpen,
  "views.update": viewsUpdate,
  "views.push": viewsPush,
  "views.publish": viewsPublish,
};

/** Methods called with the app-level token (xapp-…) rather than the bot token. */
const APP_TOKEN_METHODS = new Set(["apps.connections.open"]);

export interface HttpAnswer {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

/**
 * Answers one `POST /api/<method>` and records it. Order: unknown method, malformed request,
 * a failure queued by the test, authentication, then the method itself.
 */
export function answerWebApiCall(
  state: EmulatorState,
  method: string,
  request: WebApiRequest,
): HttpAnswer {
  const parsed = parseWebApiRequest(request);
  const outcome = decide(state, method, parsed);
  state.calls.record({
    method,
    args: structuredClone(parsed.ok ? parsed.args : {}),
    token: parsed.ok ? parsed.token : undefined,
    at: state.nowMs(),
    response: structuredClone(outcome.response),
  });
  const headers: Record<string, string> =
    outcome.failure?.retryAfterSeconds === undefined
      ? {}
      : { "retry-after": String(outcome.failure.retryAfterSeconds) };
  return { status: outcome.failure?.status ?? 200, headers, body: outcome.response };
}

function decide(
  state: EmulatorState,
  method: string,
  parsed: ParsedWebApiRequest,
): { response: ApiResponse; failure?: PlannedFailure } {
  const handler = WEB_API_METHODS[method];
  if (!handler) return { response: { ok: false, error: "unknown_method" } };
  if (!parsed.ok) return { response: { ok: false, error: parsed.error } };
  const failure = state.failures.take(method);
  if (failure) return { response: failure.response, failure };
  const tokenKind = APP_TOKEN_METHODS.has(method) ? "app" : "bot";
  const authFailure = state.workspace.authFailure(parsed.token, tokenKind);
  if (authFailure) return { response: { ok: false, error: authFailure } };
  return { response: handler(state, parsed.args) };
}
