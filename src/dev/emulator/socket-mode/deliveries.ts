import type { EnvelopeType } from "./frames.ts";

/** Why the emulator counts an envelope or a frame as a protocol failure. */
export type AckFailureKind =
  /** acknowledged, but later than Slack's 3 s */
  | "late"
  /** never acknowledged (still waiting when the emulator closed or the sender gave up) */
  | "unacknowledged"
  /** an ack naming an envelope the emulator never sent */
  | "unknown_envelope"
  /** a frame from the app that is not `{ envelope_id, payload? }` */
  | "malformed_frame";

export interface AckFailure {
  kind: AckFailureKind;
  envelopeId?: string;
  type?: EnvelopeType;
  detail: string;
}

export interface AckResult {
  /** The envelope the app acknowledged (a redelivery has an envelope id of its own). */
  envelopeId: string;
  /** What the app put in its acknowledgement, if anything. */
  payload: Record<string, unknown> | undefined;
  /** How many times the envelope was sent before it was acknowledged. */
  attempts: number;
  /** Milliseconds from the last send to the ack. */
  ms: number;
  /** True when some send went unacknowledged past the limit on an open connection. */
  late: boolean;
}

/** One payload Slack wants acknowledged, through however many sends it takes. */
export class Delivery {
  readonly envelopeIds: string[] = [];
  attempts = 0;
  /** The connection it was last sent on, while that connection is open. */
  inFlightOn: object | undefined;
  done = false;
  late = false;
  private lastSentAt = 0;
  private ackTimer: NodeJS.Timeout | undefined;
  private giveUpTimer: NodeJS.Timeout | undefined;

  constructor(
    readonly type: EnvelopeType,
    readonly payload: unknown,
    private readonly settle: {
      resolve: (result: AckResult) => void;
      reject: (error: Error) => void;
    },
  ) {}

  /** Fails the delivery if nothing acknowledges it within `ms`, whatever the connections do. */
  giveUpAfter(ms: number, onGiveUp: () => void): void {
    this.giveUpTimer = setTimeout(onGiveUp, ms);
  }

  /** Each send has its own ack clock, as each Slack delivery attempt does. */
  sent(envelopeId: string, connection: object, now: number, timeoutMs: number, onLate: () => void) {
    this.envelopeIds.push(envelopeId);
    this.attempts += 1;
    this.inFlightOn = connection;
    this.lastSentAt = now;
    clearTimeout(this.ackTimer);
    this.ackTimer = setTimeout(() => {
      this.late = true;
      onLate();
    }, timeoutMs);
  }

  /** The connection closed before an ack: that send ends; a later one will be redelivered. */
  connectionLost(): void {
    this.inFlightOn = undefined;
    clearTimeout(this.ackTimer);
  }

  acknowledge(envelopeId: string, payload: AckResult["payload"], now: number): void {
    if (this.done) return;
    this.finish();
    this.settle.resolve({
      envelopeId,
      payload,
      attempts: this.attempts,
      ms: now - this.lastSentAt,
      late: this.late,
    });
  }

  fail(error: Error): void {
    if (this.done) return;
    this.finish();
    this.settle.reject(error);
  }

  private finish(): void {
    this.done = true;
    this.inFlightOn = undefined;
    clearTimeout(this.ackTimer);
    clearTimeout(this.giveUpTimer);
  }
}
