/**
 * Socket Mode frames as Slack sends and expects them (docs.slack.dev, "Using Socket Mode"):
 * `hello` on connect, `disconnect` to ask for a reconnect, envelopes around each payload, and
 * the app's acknowledgement `{ envelope_id, payload? }`.
 */
import { z } from "zod";

export type EnvelopeType = "slash_commands" | "interactive" | "events_api";

/** What the emulator names its WebSocket host in `debug_info`, as Slack names its applink pods. */
export const EMULATOR_HOST = "applink-emulator";

export interface HelloFrame {
  type: "hello";
  num_connections: number;
  debug_info: { host: string; build_number: number; approximate_connection_time: number };
  connection_info: { app_id: string };
}

export type DisconnectReason = "refresh_requested" | "warning" | "link_disabled";

export interface DisconnectFrame {
  type: "disconnect";
  reason: DisconnectReason;
  debug_info: { host: string };
}

export interface EnvelopeFrame {
  envelope_id: string;
  type: EnvelopeType;
  payload: unknown;
  accepts_response_payload: boolean;
  /** Events only: 0 on first delivery, then 1, 2… */
  retry_attempt?: number;
  retry_reason?: string;
}

/** The app's acknowledgement; any other frame from the app is a protocol error. */
export const ackFrameSchema = z.object({
  envelope_id: z.string().min(1),
  payload: z.record(z.string(), z.unknown()).optional(),
});

export type AckFrame = z.infer<typeof ackFrameSchema>;

export function helloFrame(appId: string, numConnections: number): HelloFrame {
  return {
    type: "hello",
    num_connections: numConnections,
    debug_info: { host: EMULATOR_HOST, build_number: 1, approximate_connection_time: 3600 },
    connection_info: { app_id: appId },
  };
}

export function disconnectFrame(reason: DisconnectReason): DisconnectFrame {
  return { type: "disconnect", reason, debug_info: { host: EMULATOR_HOST } };
}

/**
 * Whether Slack lets the app answer inside the acknowledgement: yes for slash commands and
 * interactions (a reply, a modal's response_action), no for events.
 */
export function acceptsResponsePayload(type: EnvelopeType): boolean {
  return type !== "events_api";
}

/** Parses one text frame from the app; undefined when it is not a well-formed ack. */
export function parseAck(data: string): AckFrame | undefined {
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return undefined;
  }
  const parsed = ackFrameSchema.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}
