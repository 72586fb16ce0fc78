import { randomUUID } from "node:crypto";
import type { IncomingMessage, Server } from "node:http";
import type { Duplex } from "node:stream";
import { type RawData, type WebSocket, WebSocketServer } from "ws";
import { type AckFailure, type AckResult, Delivery } from "./deliveries.ts";
import {
  acceptsResponsePayload,
  type DisconnectReason,
  disconnectFrame,
  type EnvelopeFrame,
  type EnvelopeType,
  helloFrame,
  parseAck,
} from "./frames.ts";

/** Where the WebSocket URLs from apps.connections.open point: `ws://host:port/link/?ticket=…`. */
export const LINK_PATH = "/link/";

/** Slack expects every envelope acknowledged within 3 seconds. */
export const ACK_TIMEOUT_MS = 3_000;

/** How long `deliver` waits for an ack, across reconnects, before failing. */
export const GIVE_UP_MS = 15_000;

/** How Socket Mode redeliveries are marked on events (Slack documents no value for sockets). */
export const RETRY_REASON = "timeout";

export interface SocketModeHubOptions {
  appId: () => string;
  nowMs: () => number;
  ackTimeoutMs?: number;
  /** How long a sender waits, across reconnects, before the envelope counts as lost. */
  giveUpMs?: number;
}

/**
 * Slack's Socket Mode side: single-use connection tickets, the WebSocket server, envelopes sent
 * to the newest open connection, acks checked against the 3 s limit, and redelivery after a
 * reconnect of whatever was not acknowledged.
 */
export class SocketModeHub {
  /** Acks that came late or never, and frames that broke the protocol; tests assert it is empty. */
  readonly ackFailures: AckFailure[] = [];
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly tickets = new Set<string>();
  private readonly open: WebSocket[] = [];
  private readonly pending: Delivery[] = [];
  private readonly byEnvelope = new Map<string, Delivery>();
  private linkBase: string | undefined;
  private held = false;
  private opened = 0;
  private acksToLose = 0;

  constructor(private readonly options: SocketModeHubOptions) {}

  /** Takes WebSocket upgrades on the emulator's own HTTP server. */
  attach(server: Server, httpBaseUrl: string): void {
    this.linkBase = `${httpBaseUrl.replace(/^http/, "ws")}${LINK_PATH}`;
    server.on("upgrade", (request, socket, head) => this.upgrade(request, socket, head));
  }

  /** A fresh single-use WebSocket URL, as apps.connections.open returns. */
  issueUrl(): string {
    if (!this.linkBase) throw new Error("socket mode: the hub is not attached to a server");
    const ticket = randomUUID();
    this.tickets.add(ticket);
    return `${this.linkBase}?ticket=${ticket}&app_id=${this.options.appId()}`;
  }

  /** Clears the recorded failures (the emulator's `reset`). */
  forgetFailures(): void {
    this.ackFailures.length = 0;
  }

  /** Open connections (Bolt keeps one). */
  get connectionCount(): number {
    return this.open.length;
  }

  /** Connections accepted since start, reconnects included. */
  get connectionsOpened(): number {
    return this.opened;
  }

  /** Envelopes sent or queued and not yet acknowledged. */
  get unacknowledged(): number {
    return this.pending.length;
  }

  /**
   * Sends a payload in an envelope and resolves with the app's ack. Without an open connection
   * it waits for one; a connection that closes first gets it redelivered on the next.
   */
  deliver(type: EnvelopeType, payload: unknown): Promise<AckResult> {
    return new Promise((resolve, reject) => {
      const delivery = new Delivery(type, payload, { resolve, reject });
      const giveUpMs = this.options.giveUpMs ?? GIVE_UP_MS;
      delivery.giveUpAfter(giveUpMs, () => {
        this.remove(delivery);
        this.recordFailure(delivery, "unacknowledged", `no ack within ${giveUpMs} ms`);
        delivery.fail(new Error(`socket mode: no ack for a ${type} envelope in ${giveUpMs} ms`));
      });
      this.pending.push(delivery);
      const newest = this.open.at(-1);
      if (newest) this.send(delivery, newest);
    });
  }

  /** Asks the app to reconnect, as Slack does every few hours (`refresh_requested`). */
  requestReconnect(reason: DisconnectReason = "refresh_requested"): void {
    for (const socket of this.open) socket.send(JSON.stringify(disconnectFrame(reason)));
  }

  /** Drops every connection without a close handshake, as a network failure would. */
  drop(): void {
    for (const socket of [...this.open]) socket.terminate();
  }

  /**
   * Loses the next ack (or the next `times` acks) on the wire: its connection drops as the frame
   * arrives, unread, so the app saw its send succeed and the envelope is redelivered on the next
   * connection.
   */
  dropAtNextAck(times = 1): void {
    this.acksToLose = times;
  }

  /** Drops every connection and refuses new ones until `release()`. */
  holdClosed(): void {
    this.held = true;
    this.drop();
  }

  release(): void {
    this.held = false;
  }

  /** Records what is still unacknowledged as failures, fails its senders and closes. */
  close(): void {
    for (const delivery of [...this.pending]) {
      this.recordFailure(delivery, "unacknowledged", "the emulator closed first");
      delivery.fail(new Error("socket mode: the emulator closed before the envelope was acked"));
    }
    this.pending.length = 0;
    for (const socket of this.open) socket.terminate();
    this.wss.close();
  }

  private upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const refusal = this.refusal(request);
    if (refusal) {
      socket.end(`HTTP/1.1 ${refusal}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    this.wss.handleUpgrade(request, socket, head, (ws) => this.connected(ws));
  }

  /** Why an upgrade is refused (an HTTP status line), or undefined to accept it. */
  private refusal(request: IncomingMessage): string | undefined {
    const url = new URL(request.url ?? "/", "ws://emulator.invalid");
    if (url.pathname !== LINK_PATH) return "404 Not Found";
    if (this.held) return "503 Service Unavailable";
    const ticket = url.searchParams.get("ticket") ?? "";
    // Tickets are single-use, as Slack's WebSocket URLs are.
    if (!this.tickets.delete(ticket)) return "401 Unauthorized";
    return undefined;
  }

  private connected(socket: WebSocket): void {
    this.open.push(socket);
    this.opened += 1;
    socket.on("message", (data, isBinary) => {
      if (this.acksToLose === 0) return this.received(data, isBinary);
      this.acksToLose -= 1;
      socket.terminate();
    });
    socket.on("close", () => this.closed(socket));
    socket.send(JSON.stringify(helloFrame(this.options.appId(), this.open.length)));
    for (const delivery of this.pending) {
      if (!delivery.inFlightOn) this.send(delivery, socket);
    }
  }

  private closed(socket: WebSocket): void {
    const index = this.open.indexOf(socket);
    if (index >= 0) this.open.splice(index, 1);
    const newest = this.open.at(-1);
    for (const delivery of this.pending) {
      if (delivery.inFlightOn !== socket) continue;
      delivery.connectionLost();
      if (newest) this.send(delivery, newest);
    }
  }

  private send(delivery: Delivery, socket: WebSocket): void {
    const envelopeId = randomUUID();
    const retry = delivery.attempts;
    const frame: EnvelopeFrame = {
      envelope_id: envelopeId,
      type: delivery.type,
      payload: delivery.payload,
      accepts_response_payload: acceptsResponsePayload(delivery.type),
      ...(delivery.type === "events_api"
        ? { retry_attempt: retry, retry_reason: retry === 0 ? "" : RETRY_REASON }
        : {}),
    };
    this.byEnvelope.set(envelopeId, delivery);
    delivery.sent(
      envelopeId,
      socket,
      this.options.nowMs(),
      this.options.ackTimeoutMs ?? ACK_TIMEOUT_MS,
      () => this.recordFailure(delivery, "late", "no ack within 3 s"),
    );
    socket.send(JSON.stringify(frame));
  }

  private received(data: RawData, isBinary: boolean): void {
    const text = isBinary ? undefined : rawText(data);
    const ack = text === undefined ? undefined : parseAck(text);
    if (!ack) {
      this.ackFailures.push({
        kind: "malformed_frame",
        detail: (text ?? "<binary>").slice(0, 200),
      });
      return;
    }
    const delivery = this.byEnvelope.get(ack.envelope_id);
    if (!delivery) {
      this.ackFailures.push({
        kind: "unknown_envelope",
        envelopeId: ack.envelope_id,
        detail: "no envelope with this id was sent",
      });
      return;
    }
    this.remove(delivery);
    delivery.acknowledge(ack.envelope_id, ack.payload, this.options.nowMs());
  }

  private remove(delivery: Delivery): void {
    const index = this.pending.indexOf(delivery);
    if (index >= 0) this.pending.splice(index, 1);
  }

  private recordFailure(delivery: Delivery, kind: AckFailure["kind"], detail: string): void {
    this.ackFailures.push({
      kind,
      type: delivery.type,
      ...(delivery.envelopeIds[0] === undefined ? {} : { envelopeId: delivery.envelopeIds[0] }),
      detail,
    });
  }
}

function rawText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString("utf8");
  return Buffer.from(data as ArrayBuffer).toString("utf8");
}
