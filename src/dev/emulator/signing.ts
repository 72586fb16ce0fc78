import { createHmac } from "node:crypto";

export const SIGNATURE_HEADER = "x-slack-signature";
export const TIMESTAMP_HEADER = "x-slack-request-timestamp";

/** Slack's request signature: `v0=` + hex HMAC-SHA256 of `v0:{timestamp}:{raw body}`. */
export function slackSignature(signingSecret: string, timestamp: number, rawBody: string): string {
  const digest = createHmac("sha256", signingSecret)
    .update(`v0:${timestamp}:${rawBody}`)
    .digest("hex");
  return `v0=${digest}`;
}

export function signedHeaders(
  signingSecret: string,
  timestamp: number,
  rawBody: string,
): Record<string, string> {
  return {
    [SIGNATURE_HEADER]: slackSignature(signingSecret, timestamp, rawBody),
    [TIMESTAMP_HEADER]: String(timestamp),
  };
}
