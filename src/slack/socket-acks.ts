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
 * How long an answer is kept after its ack was sent, lost or not: an ack written as the socket
 * dies is lost without an error, and Slack redelivers the envelope on the next socket.
 */
const KEEP_SENT_ANSWER_MS = 60_000;
/** How long a redelivery waits for the first delivery's answer: inside Slack's 3 s ack window. */
const AWAIT_ANSWER_MS = 2_500;

type Answer = Parameters<ReceiverEvent["ack"]>[0];
/** The first delivery ended without acknowledging (its error was answered elsewhere, or none). */
const NOT_ANSWERED = Symbol("not answered");
type Outcome = Answer | typeof NOT_ANSWERED;

/** An answer remembered for a delivery, kept until `keepUntil` (in flight: until it ends). */
interface Remembered {
  answer: Promise<Outcome>;
  keepUntil: number;
}

/**
 * In Socket Mode an ack travels over the socket, which may close under it. Bolt would then throw
 * from `ack()` and the listener would stop before its work, while Slack's redelivery would be
 * dropped as a repeat: the command lost. Here a lost ack is logged and the listener carries on.
 * When Slack redelivers (on the new socket, possibly while the first delivery is still being
 * handled), the redelivery is answered with what the first delivery's ack carried, once it is
 * known, and goes no further. An ack that seemed sent may still have been lost with the socket,
 * and so may a redelivery's, so answers are kept for a minute after the last one was sent, and
 * at most `MAX_REMEMBERED` of them.
 */
export function keepWorkingWhenAcksAreLost(receiver: SocketModeReceiver, logger: Logger): void {
  /** Answers of deliveries being handled here, and of those handled in the last minute. */
  const answers = new Map<string, Remembered>();
  const remember = (key: string, remembered: Remembered) => {
    answers.delete(key);
    answers.set(key, remembered);
    const now = Date.now();
    for (const [oldest, { keepUntil }] of answers) {
      if (keepUntil > now && answers.size <= MAX_REMEMBERED) break;
      answers.delete(oldest);
    }
  };
  const sendAck = async (event: ReceiverEvent, answer: Answer): Promise<void> => {
    try {
      await event.ack(answer);
    } catch (error) {
      if (!isSocketSendFailure(error)) throw error;
      logger.warn("Socket Mode: an acknowledgement was lost (the socket closed); carrying on");
    }
  };

  const init = receiver.init.bind(receiver);
  receiver.init = (app: App) => {
    const processEvent = async (event: ReceiverEvent): Promise<void> => {
      const key = deliveryKey(event.body);
      if (key === undefined) return app.processEvent(event);
      const earlier = answers.get(key);
      if (earlier !== undefined && earlier.keepUntil > Date.now()) {
        const outcome = await within(earlier.answer, AWAIT_ANSWER_MS, () => NOT_ANSWERED);
        if (outcome !== NOT_ANSWERED) {
          logger.info("Socket Mode: answered a redelivery with its lost acknowledgement");
          remember(key, { answer: earlier.answer, keepUntil: Date.now() + KEEP_SENT_ANSWER_MS });
          await sendAck(event, outcome);
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
    remember(key, { answer: promise, keepUntil: Number.POSITIVE_INFINITY });
    const ack = async (answer?: Answer): Promise<void> => {
      resolve(answer);
      await sendAck(event, answer);
    };
    try {
      await app.processEvent({ ...event, ack });
    } finally {
      resolve(NOT_ANSWERED);
      if (answers.get(key)?.answer === promise) {
        remember(key, { answer: promise, keepUntil: Date.now() + KEEP_SENT_ANSWER_MS });
      }
    }
  };
}

function isSocketSendFailure(error: unknown): boolean {
  const code = typeof error === "object" && error !== null && "code" in error ? error.code : "";
  return typeof code === "string" && SOCKET_SEND_FAILURES.has(code);
}
