import { signedHeaders } from "./signing.ts";
import type { AckResult } from "./socket-mode/deliveries.ts";

export const FORM_CONTENT_TYPE = "application/x-www-form-urlencoded";
export const JSON_CONTENT_TYPE = "application/json";

export interface DriverResponse {
  status: number;
  /** Parsed JSON when the bot answered JSON, otherwise the text ("" for an empty ack). */
  body: unknown;
  headers: Record<string, string>;
  /** In Socket Mode: which envelope was acknowledged, after how many sends and how fast. */
  ack?: AckResult;
}

/** A request as it leaves Slack, with every part open to forging for security tests. */
export interface RawSlackRequest {
  body: string;
  contentType?: string;
  /** Extra or replacement headers; `null` removes a header (e.g. the signature). */
  headers?: Record<string, string | null>;
  /** x-slack-request-timestamp, in seconds (default: the driver's clock). */
  timestamp?: number;
  /** Signs with this secret instead of the real one. */
  secret?: string;
}

/** POSTs a request to the bot, signed as Slack signs it unless the caller forges otherwise. */
export async function sendSignedRequest(
  target: { botUrl: string; signingSecret: string; clock: () => number },
  request: RawSlackRequest,
): Promise<DriverResponse> {
  const timestamp = request.timestamp ?? target.clock();
  const headers: Record<string, string> = {
    "content-type": request.contentType ?? FORM_CONTENT_TYPE,
    ...signedHeaders(request.secret ?? target.signingSecret, timestamp, request.body),
  };
  for (const [name, value] of Object.entries(request.headers ?? {})) {
    if (value === null) delete headers[name.toLowerCase()];
    else headers[name.toLowerCase()] = value;
  }
  const response = await fetch(target.botUrl, { method: "POST", headers, body: request.body });
  return readResponse(response);
}

async function readResponse(response: Response): Promise<DriverResponse> {
  const text = await response.text();
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  let body: unknown = text;
  if ((headers["content-type"] ?? "").includes("json") && text !== "") {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  return { status: response.status, body, headers };
}
