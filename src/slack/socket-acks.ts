import type { App, Logger, ReceiverEvent, SocketModeReceiver } from "@slack/bolt";
import { deliveryKey } from "./middleware/dedupe.ts";

/** @slack/socket-mode's codes for an ack that could not be written to the socket. */
const SOCKET_SEND_FAILURES = new Set([
  "slack_socket_mode_send_while_disconnected_error",
  "slack_socket_mode_send_while_not_ready_error",
  "slack_socket_mode_websocket_error",
]);

const MAX_REMEMBERED = 1_000;

type Answer = Parameters<ReceiverEvent["ack"]>[0];

/**
 * In Socket Mode an ack travels over the socket, which may close under it. Bolt would then throw
 * from `ack()` and the listener would stop before its work (a `/balint log` acks first, then
 * stores), while Slack's redelivery would be dropped as a repeat: the command lost. Here a lost
 * ack is logged and the listener carries on; when Slack redelivers, the redelivery is answered
 * with what the lost ack carried, and goes no further.
 */
export function keepWorkingWhenAcksAreLost(receiver: SocketModeReceiver, logger: Logger): void {
  const lost = new Map<string, Answer>();
  const init = receiver.init.bind(receiver);
  receiver.init = (app: App) => {
    const processEvent = async (event: ReceiverEvent): Promise<void> => {
      const key = deliveryKey(event.body);
      if (key !== undefined && lost.has(key)) {
        const answer = lost.get(key);
        lost.delete(key);
        logger.info("Socket Mode: answered a redelivery with its lost acknowledgement");
        await event.ack(answer);
        return;
      }
      await app.processEvent({ ...event, ack: tolerantAck(event, key) });
    };
    init(
      new Proxy(app, {
        get: (target, name) => (name === "processEvent" ? processEvent : Reflect.get(target, name)),
      }),
    );
  };

  const tolerantAck =
    (event: ReceiverEvent, key: string | undefined) =>
    async (answer?: Answer): Promise<void> => {
      try {
        await event.ack(answer);
      } catch (error) {
        if (!isSocketSendFailure(error)) throw error;
        logger.warn("Socket Mode: an acknowledgement was lost (the socket closed); carrying on");
        if (key === undefined) return;
        lost.set(key, answer);
        if (lost.size > MAX_REMEMBERED) lost.delete(lost.keys().next().value ?? key);
      }
    };
}

function isSocketSendFailure(error: unknown): boolean {
  const code = typeof error === "object" && error !== null && "code" in error ? error.code : "";
  return typeof code === "string" && SOCKET_SEND_FAILURES.has(code);
}
