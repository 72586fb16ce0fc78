import type { App, Logger, ReceiverEvent, SocketModeReceiver } from "@slack/bolt";
import { within } from "../time-limit.ts";
import { deliveryKey } from "./middleware/dedupe.ts";

/** @slack/socket-mode's codes for an ack that could not be written to the socket. */
const SOCKET_SEND_FAILURES = new Set([
  "slack_socket_mode_send_while_disconnected_error",
  "slack_socket_mode_send_while_not_ready_error",
  "slack_socket_mode_websocket_error",
]);

const MAX_REMEMBERED = 1_000;
/**
 * How long an answer is kept after its ack was sent without error: an ack written as the socket
 * dies is lost without one, and Slack redelivers the envelope on the next socket.
 */
const KEEP_SENT_ANSWER_MS = 60_000;
/** How long a redelivery waits for the first delivery's answer: inside Slack's 3 s ack window. */
const AWAIT_ANSWER_MS = 2_500;

type Answer = Parameters<ReceiverEvent["ack"]>[0];
/** The first delivery ended without acknowledging (its error was answered elsewhere, or none). */
const NOT_ANSWERED = Symbol("not answered");
type Outcome = Answer | typeof NOT_ANSWERED;

/**
 * In Socket Mode an ack travels over the socket, which may close under it. Bolt would then throw
 * from `ack()` and the listener would stop before its work, while Slack's redelivery would be
 * dropped as a repeat: the command lost. Here a lost ack is logged and the listener carries on.
 * When Slack redelivers (on the new socket, possibly while the first delivery is still being
 * handled), the redelivery is answered with what the first delivery's ack carried, once it is
 * known, and goes no further. An ack that seemed sent may still have been lost with the socket,
 * so answers are kept for a minute either way.
 */
export function keepWorkingWhenAcksAreLost(receiver: SocketModeReceiver, logger: Logger): void {
  /** Answers of deliveries being handled here, and of those whose ack was lost. */
  const answers = new Map<string, Promise<Outcome>>();
  const init = receiver.init.bind(receiver);
  receiver.init = (app: App) => {
    const processEvent = async (event: ReceiverEvent): Promise<void> => {
      const key = deliveryKey(event.body);
      if (key === undefined) return app.processEvent(event);
      const earlier = answers.get(key);
      if (earlier !== undefined) {
        const outcome = await within(earlier, AWAIT_ANSWER_MS, () => NOT_ANSWERED);
        if (outcome !== NOT_ANSWERED) {
          answers.delete(key);
          logger.info("Socket Mode: answered a redelivery with its lost acknowledgement");
          await event.ack(outcome);
          return;
        }
      }
      await handleFirst(app, event, key);
    };
    init(
      new Proxy(app, {
        get: (target, name) => (name === "processEvent" ? processEvent : Reflect.get(target, name)),
      }),
    );
  };

  const handleFirst = async (app: App, event: ReceiverEvent, key: string): Promise<void> => {
    const { promise, resolve } = Promise.withResolvers<Outcome>();
    answers.set(key, promise);
    let lost = false;
    const ack = async (answer?: Answer): Promise<void> => {
      resolve(answer);
      try {
        await event.ack(answer);
      } catch (error) {
        if (!isSocketSendFailure(error)) throw error;
        lost = true;
        logger.warn("Socket Mode: an acknowledgement was lost (the socket closed); carrying on");
      }
    };
    try {
      await app.processEvent({ ...event, ack });
    } finally {
      resolve(NOT_ANSWERED);
      if (!lost) {
        const forget = setTimeout(() => {
          if (answers.get(key) === promise) answers.delete(key);
        }, KEEP_SENT_ANSWER_MS);
        forget.unref();
      }
      if (answers.size > MAX_REMEMBERED) answers.delete(answers.keys().next().value ?? key);
    }
  };
}

function isSocketSendFailure(error: unknown): boolean {
  const code = typeof error === "object" && error !== null && "code" in error ? error.code : "";
  return typeof code === "string" && SOCKET_SEND_FAILURES.has(code);
}
