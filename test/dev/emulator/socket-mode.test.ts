import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { z } from "zod";
import { type SlackEmulator, startSlackEmulator } from "../../../src/dev/emulator/index.ts";
import { platformError, webClientFor } from "./support.ts";

const APP_TOKEN = "xapp-test";

let emulator: SlackEmulator;
const sockets: WebSocket[] = [];
beforeEach(async () => {
  emulator = await startSlackEmulator({ socketModeAckTimeoutMs: 200 });
});
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.terminate();
  await emulator.close().catch(() => undefined);
});

const frameSchema = z.looseObject({ type: z.string(), envelope_id: z.string().optional() });
type Frame = z.infer<typeof frameSchema> & Record<string, unknown>;

/** A bare WebSocket client, to see the emulator's frames exactly as a Socket Mode app would. */
async function connect(url?: string) {
  const target = url ?? (await openUrl());
  const socket = new WebSocket(target);
  sockets.push(socket);
  const frames: Frame[] = [];
  socket.on("message", (data) => frames.push(frameSchema.parse(JSON.parse(String(data)))));
  await new Promise<void>((resolve, reject) => {
    socket.once("open", () => resolve());
    socket.once("error", reject);
  });
  const next = async (index: number) => emulator.waitUntil(() => frames[index]);
  return { socket, frames, next, url: target };
}

async function openUrl(): Promise<string> {
  const response = await webClientFor(emulator.url, APP_TOKEN).apps.connections.open({});
  return z.string().parse(response.url);
}

function upgradeStatus(url: string): Promise<number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url);
    socket.on("unexpected-response", (_request, response) => resolve(response.statusCode ?? 0));
    socket.on("open", () => {
      socket.terminate();
      resolve(101);
    });
    socket.on("error", () => undefined);
  });
}

describe("apps.connections.open", () => {
  it("gives a single-use ws:// URL on the emulator for the app-level token", async () => {
    const url = await openUrl();
    expect(url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/link\/\?ticket=[\w-]+&app_id=A0BALINT0$/);
    await connect(url);
    expect(await upgradeStatus(url)).toBe(401);
    expect(emulator.callsTo("apps.connections.open")).toHaveLength(1);
  });

  it("refuses the bot token and unknown app tokens", async () => {
    const withBotToken = webClientFor(emulator.url).apps.connections.open({});
    expect(await platformError(withBotToken)).toBe("not_allowed_token_type");
    const stranger = webClientFor(emulator.url, "xapp-stranger").apps.connections.open({});
    expect(await platformError(stranger)).toBe("invalid_auth");
  });
});

describe("the Socket Mode WebSocket", () => {
  it("says hello with Slack's fields", async () => {
    const client = await connect();
    expect(await client.next(0)).toEqual({
      type: "hello",
      num_connections: 1,
      debug_info: expect.objectContaining({ host: expect.any(String) }),
      connection_info: { app_id: "A0BALINT0" },
    });
    expect(emulator.socketMode.connectionCount).toBe(1);
  });

  it("sends each kind of envelope and resolves with the app's ack payload", async () => {
    const client = await connect();
    const hub = emulator.socketMode;
    const command = hub.deliver("slash_commands", { command: "/balint", text: "help" });
    const event = hub.deliver("events_api", { type: "event_callback", event_id: "Ev1" });
    const envelope = await client.next(1);
    expect(envelope).toEqual({
      envelope_id: expect.any(String),
      type: "slash_commands",
      payload: { command: "/balint", text: "help" },
      accepts_response_payload: true,
    });
    expect(await client.next(2)).toMatchObject({
      type: "events_api",
      accepts_response_payload: false,
      retry_attempt: 0,
      retry_reason: "",
    });
    client.socket.send(
      JSON.stringify({ envelope_id: envelope.envelope_id, payload: { text: "Hi" } }),
    );
    client.socket.send(JSON.stringify({ envelope_id: client.frames[2]?.envelope_id }));
    expect(await command).toMatchObject({ payload: { text: "Hi" }, attempts: 1, late: false });
    expect(await event).toMatchObject({ payload: undefined, attempts: 1 });
    expect(hub.ackFailures).toEqual([]);
    expect(hub.unacknowledged).toBe(0);
  });

  it("records a late ack, an ack for no envelope and a frame that is not an ack", async () => {
    const client = await connect();
    const hub = emulator.socketMode;
    const delivered = hub.deliver("interactive", { type: "block_actions" });
    const envelope = await client.next(1);
    await emulator.waitUntil(() => hub.ackFailures.length > 0);
    client.socket.send(JSON.stringify({ envelope_id: envelope.envelope_id }));
    expect(await delivered).toMatchObject({ late: true });
    client.socket.send(JSON.stringify({ envelope_id: "never-sent" }));
    client.socket.send("not json");
    await emulator.waitUntil(() => hub.ackFailures.length === 3);
    expect(hub.ackFailures.map((failure) => failure.kind)).toEqual([
      "late",
      "unknown_envelope",
      "malformed_frame",
    ]);
  });

  it("asks for a reconnect with refresh_requested", async () => {
    const client = await connect();
    emulator.socketMode.requestReconnect();
    expect(await client.next(1)).toEqual({
      type: "disconnect",
      reason: "refresh_requested",
      debug_info: { host: expect.any(String) },
    });
  });

  it("redelivers what was not acknowledged when the app reconnects, as a retry", async () => {
    const first = await connect();
    const hub = emulator.socketMode;
    const delivered = hub.deliver("events_api", { type: "event_callback", event_id: "Ev7" });
    const original = await first.next(1);
    hub.drop();
    await emulator.waitUntil(() => hub.connectionCount === 0);

    const second = await connect();
    const retry = await second.next(1);
    expect(retry).toMatchObject({
      type: "events_api",
      payload: { event_id: "Ev7" },
      retry_attempt: 1,
      retry_reason: "timeout",
    });
    expect(retry.envelope_id).not.toBe(original.envelope_id);
    second.socket.send(JSON.stringify({ envelope_id: retry.envelope_id }));
    expect(await delivered).toMatchObject({ attempts: 2, envelopeId: retry.envelope_id });
    // The first send was cut off by the dropped connection, not left unanswered.
    expect(hub.ackFailures).toEqual([]);
    expect(hub.connectionsOpened).toBe(2);
  });

  it("holds new connections off while held closed, and queues envelopes until one opens", async () => {
    await connect();
    const hub = emulator.socketMode;
    hub.holdClosed();
    await emulator.waitUntil(() => hub.connectionCount === 0);
    expect(await upgradeStatus(await openUrl())).toBe(503);
    const delivered = hub.deliver("slash_commands", { text: "queued" });
    hub.release();
    const client = await connect();
    const envelope = await client.next(1);
    expect(envelope).toMatchObject({ type: "slash_commands", payload: { text: "queued" } });
    client.socket.send(JSON.stringify({ envelope_id: envelope.envelope_id }));
    expect(await delivered).toMatchObject({ attempts: 1 });
  });

  it("fails what is still unacknowledged when the emulator closes, and records it", async () => {
    await connect();
    const hub = emulator.socketMode;
    const delivered = hub.deliver("slash_commands", { text: "left" });
    const outcome = delivered.then(
      () => "acked",
      (error: unknown) => String(error),
    );
    await emulator.close();
    expect(await outcome).toContain("closed before the envelope was acked");
    expect(hub.ackFailures.map((failure) => failure.kind)).toEqual(["unacknowledged"]);
  });
});
