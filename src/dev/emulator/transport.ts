import { encodeForm, encodeInteraction } from "./payloads.ts";
import { type DriverResponse, JSON_CONTENT_TYPE, type RawSlackRequest } from "./signed-request.ts";
import type { AckResult } from "./socket-mode/deliveries.ts";
import type { EnvelopeType } from "./socket-mode/frames.ts";
import type { SocketModeHub } from "./socket-mode/hub.ts";

/** How the driver's payloads reach the bot: signed HTTP requests or Socket Mode envelopes. */
export interface DriverTransport {
  readonly kind: "http" | "socket";
  command(payload: Record<string, unknown>): Promise<DriverResponse>;
  interaction(payload: unknown): Promise<DriverResponse>;
  event(payload: unknown): Promise<DriverResponse>;
}

export function httpTransport(
  send: (request: RawSlackRequest) => Promise<DriverResponse>,
): DriverTransport {
  return {
    kind: "http",
    command: (payload) => send({ body: encodeForm(payload) }),
    interaction: (payload) => send({ body: encodeInteraction(payload) }),
    event: (payload) => send({ body: JSON.stringify(payload), contentType: JSON_CONTENT_TYPE }),
  };
}

/**
 * Sends each payload in a Socket Mode envelope and answers with the app's ack as an HTTP
 * answer would read: status 200, the ack's payload as the body, "" for an empty ack.
 */
export function socketTransport(hub: SocketModeHub): DriverTransport {
  const deliver = async (type: EnvelopeType, payload: unknown): Promise<DriverResponse> => {
    const ack = await hub.deliver(type, payload);
    return { status: 200, body: ackBody(ack), headers: {}, ack };
  };
  return {
    kind: "socket",
    command: (payload) => deliver("slash_commands", payload),
    interaction: (payload) => deliver("interactive", payload),
    event: (payload) => deliver("events_api", payload),
  };
}

function ackBody(ack: AckResult): unknown {
  const payload = ack.payload;
  return payload === undefined || Object.keys(payload).length === 0 ? "" : payload;
}
