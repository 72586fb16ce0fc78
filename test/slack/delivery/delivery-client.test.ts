import { createServer as createHttpServer } from "node:http";
import { createServer } from "node:net";
import { ErrorCode } from "@slack/web-api";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type SlackEmulator, startSlackEmulator } from "../../../src/dev/emulator/index.ts";
import { createLogger } from "../../../src/logger.ts";
import { DeliveryClient } from "../../../src/slack/delivery/delivery-client.ts";
import { judgeSlackFailure } from "../../../src/slack/delivery/slack-failure.ts";
import { uploadOnce } from "../../../src/slack/delivery/upload-once.ts";

const CHANNEL = "C0LEADERS";
const TOKEN = "xoxb-test";
/** The bot's own logger, redaction included, writing its lines here. */
const lines: string[] = [];
const logger = createLogger("info", (line) => lines.push(line));

let emulator: SlackEmulator;
let client: DeliveryClient;
beforeAll(async () => {
  emulator = await startSlackEmulator({
    workspace: { channels: [{ id: CHANNEL, name: "leadership" }] },
  });
  client = new DeliveryClient(TOKEN, { logger, timeoutMs: 500, slackApiUrl: emulator.url });
});
afterAll(async () => {
  await emulator.close();
});
beforeEach(() => {
  emulator.reset({ workspace: true });
  lines.length = 0;
});

const failureOf = (call: Promise<unknown>) =>
  call.then(
    () => expect.unreachable("the call succeeded"),
    (error: unknown) => error as { code?: string; retryAfter?: number; data?: { error?: string } },
  );

describe("the outbox's Web API client", () => {
  it("posts with the bot's token, blocks and metadata intact, and returns Slack's answer", async () => {
    const blocks = [
      { type: "section", text: { type: "mrkdwn", text: "*Confirm* 2 sessions & more" } },
    ];
    const posted = await client.chat.postMessage({
      channel: CHANNEL,
      text: "Confirm 2 sessions",
      blocks,
      metadata: { event_type: "outbox_item", event_payload: { item: 7 } },
      unfurl_links: false,
    });
    expect(posted.ok).toBe(true);
    const [call] = emulator.callsTo("chat.postMessage");
    expect(call?.token).toBe(TOKEN);
    expect(call?.args).toMatchObject({ channel: CHANNEL, text: "Confirm 2 sessions", blocks });
    expect(call?.args.metadata).toEqual({ event_type: "outbox_item", event_payload: { item: 7 } });
    const updated = await client.chat.update({
      channel: CHANNEL,
      ts: String(posted.ts),
      text: "Done",
    });
    expect(updated.ts).toBe(posted.ts);
  });

  it("fails as WebClient does, so the outbox reads each failure alike", async () => {
    emulator.failNext("chat.postMessage", "channel_not_found");
    const refused = await failureOf(client.chat.postMessage({ channel: CHANNEL, text: "x" }));
    expect(refused.code).toBe(ErrorCode.PlatformError);
    expect(judgeSlackFailure(refused)).toEqual({ kind: "retry", error: "channel_not_found" });

    emulator.failNext("chat.postMessage", "missing_scope");
    const unscoped = await failureOf(client.chat.postMessage({ channel: CHANNEL, text: "x" }));
    expect(judgeSlackFailure(unscoped)).toEqual({ kind: "misconfigured", error: "missing_scope" });

    emulator.failNext("chat.postMessage", "ratelimited", { status: 429, retryAfterSeconds: 7 });
    const limited = await failureOf(client.chat.postMessage({ channel: CHANNEL, text: "x" }));
    expect(judgeSlackFailure(limited)).toEqual({
      kind: "rate_limited",
      error: "ratelimited",
      afterMs: 7_000,
    });

    emulator.failNext("chat.postMessage", "internal_error", { status: 500 });
    const outage = await failureOf(client.chat.postMessage({ channel: CHANNEL, text: "x" }));
    expect(outage.code).toBe(ErrorCode.HTTPError);

    emulator.slowNext("chat.postMessage", 2_000);
    const slow = await failureOf(client.chat.postMessage({ channel: CHANNEL, text: "x" }));
    expect(slow.code).toBe(ErrorCode.RequestError);
  });

  it("fails as a request error when Slack cannot be reached", async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, "127.0.0.1", () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
    });
    const unreachable = new DeliveryClient(TOKEN, {
      logger,
      timeoutMs: 500,
      slackApiUrl: `http://127.0.0.1:${closedPort}/api/`,
    });
    const failure = await failureOf(unreachable.chat.postMessage({ channel: CHANNEL, text: "x" }));
    expect(failure.code).toBe(ErrorCode.RequestError);
  });

  it("uploads a file through WebClient's own road", async () => {
    await uploadOnce(
      client,
      { channel: CHANNEL },
      { filename: "a.pdf", title: "PDF", bytes: Buffer.from("%PDF") },
    );
    expect(emulator.files.map((file) => file.name)).toEqual(["a.pdf"]);
  });

  it("logs the warnings Slack answers with", async () => {
    const server = createHttpServer((_, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(
        JSON.stringify({
          ok: true,
          response_metadata: { warnings: ["missing_charset", "superfluous_charset"] },
        }),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as { port: number };
      const warning = new DeliveryClient(TOKEN, {
        logger,
        timeoutMs: 500,
        slackApiUrl: `http://127.0.0.1:${port}/api/`,
      });
      await warning.chat.postMessage({ channel: CHANNEL, text: "x" });
      expect(lines.map((line) => JSON.parse(line))).toMatchObject([
        {
          msg: "Slack answered with a warning",
          data: { method: "chat.postMessage", code: "missing_charset" },
        },
        {
          msg: "Slack answered with a warning",
          data: { method: "chat.postMessage", code: "superfluous_charset" },
        },
      ]);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
