import type { ApiArgs } from "./types.ts";

/** Form fields that carry JSON, which Slack parses on its side. */
const JSON_FORM_FIELDS = ["blocks", "attachments", "view", "metadata", "user_auth_blocks", "files"];

export interface WebApiRequest {
  rawBody: string;
  contentType: string | undefined;
  authorization: string | undefined;
  query: URLSearchParams;
}

export type ParsedWebApiRequest =
  | { ok: true; args: ApiArgs; token: string | undefined }
  | { ok: false; error: string };

/**
 * Reads a Web API call as Slack does: form-encoded or JSON body, query parameters, and the
 * token from `Authorization: Bearer …` or a `token` argument.
 */
export function parseWebApiRequest(request: WebApiRequest): ParsedWebApiRequest {
  const body = parseBody(request.rawBody, request.contentType);
  if (!body.ok) return body;
  const args: ApiArgs = { ...Object.fromEntries(request.query), ...body.args };
  const bearer = /^Bearer\s+(\S+)$/i.exec(request.authorization ?? "")?.[1];
  const tokenArg = typeof args.token === "string" ? args.token : undefined;
  delete args.token;
  return { ok: true, args, token: bearer ?? tokenArg };
}

function parseBody(
  rawBody: string,
  contentType: string | undefined,
): { ok: true; args: ApiArgs } | { ok: false; error: string } {
  const mediaType = (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (rawBody.trim() === "") return { ok: true, args: {} };
  if (mediaType === "application/json") return parseJsonBody(rawBody);
  if (mediaType === "application/x-www-form-urlencoded" || mediaType === "") {
    return parseFormBody(rawBody);
  }
  return { ok: false, error: "invalid_post_type" };
}

function parseJsonBody(
  rawBody: string,
): { ok: true; args: ApiArgs } | { ok: false; error: string } {
  const parsed = tryParseJson(rawBody);
  if (!isRecord(parsed)) return { ok: false, error: "invalid_json" };
  return { ok: true, args: { ...parsed } };
}

function parseFormBody(
  rawBody: string,
): { ok: true; args: ApiArgs } | { ok: false; error: string } {
  const args: ApiArgs = Object.fromEntries(new URLSearchParams(rawBody));
  for (const field of JSON_FORM_FIELDS) {
    const value = args[field];
    if (typeof value !== "string") continue;
    const parsed = tryParseJson(value);
    if (parsed === undefined) {
      return {
        ok: false,
        error: field === "blocks" ? "invalid_blocks_format" : "invalid_arguments",
      };
    }
    args[field] = parsed;
  }
  return { ok: true, args };
}

function tryParseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
