import type { SocketModeClient } from "@slack/socket-mode";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { type SlackEmulator, startSlackEmulator } from "../../src/dev/emulator/index.ts";
import { createInFlight } from "../../src/in-flight.ts";
import { createLogger } from "../../src/logger.ts";
import { createBoltApp } from "../../src/slack/app.ts";
import { createChannelMembers } from "../../src/slack/channel-members.ts";
import { createSlackUsers } from "../../src/slack/slack-users.ts";
import { CAST, CHANNELS } from "../support/cast.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { TEST_DATA_KEY } from "../support/keys.ts";

const CANARY = "CANARY-socket-5d1e";

let emulator: SlackEmulator;
let database: TestDatabase;
/** The apps' work after their acknowledgements, waited for before the database closes. */
const inFlight = createInFlight();
beforeAll(async () => {
  emulator = await startSlackEmulator({ workspace: { users: Object.values(CAST) } });
  database = await createTestDatabase();
}, 60_000);
afterAll(async () => {
  expect(await inFlight.drain(10_000)).toEqual([]);
  await database.close();
  await emulator.close();
});

function socketModeApp(lines: string[]) {
  const logger = createLogger("info", (line) => lines.push(line));
  const config = loadConfig({
    SLACK_BOT_TOKEN: "xoxb-test",
    SLACK_SIGNING_SECRET: "socket-signing-secret",
    SLACK_APP_TOKEN: "xapp-test",
    DATA_ENCRYPTION_KEY: TEST_DATA_KEY,
    SLACK_API_URL: emulator.url,
    LEADERSHIP_CHANNEL_ID: CHANNELS.leadership.id,
    SUBCOMMITTEE_CHANNEL_ID: CHANNELS.subcommittee.id,
    LOG_LEVEL: "debug",
  });
  const { app } = createBoltApp({
    config,
    context: () => ({
      db: database.db,
      now: new Date("2026-11-26T10:00:00Z"),
      timeZone: config.TIMEZONE,
    }),
    logger,
    now: () => new Date("2026-11-26T10:00:00Z"),
    channelMembers: createChannelMembers(),
    deliverSoon: () => undefined,
    effectsRecorded: () => 0,
    slackUsers: createSlackUsers(config),
    inFlight,
  });
  // Bolt keeps its receiver private; the Socket Mode client and the Web API client keep their loggers private.
  const receiver = (app as unknown as { receiver: { client: SocketModeClient } }).receiver;
  const socket = receiver.client as unknown as {
    logger: unknown;
    onWebSocketMessage: (data: string, isBinary: boolean) => Promise<void>;
  };
  const web = app.client as unknown as { logger: unknown };
  return { app, logger, socket, web };
}

describe("Socket Mode logging", () => {
  it("hands the same redacting logger to Bolt, the Socket Mode client and the Web API client", () => {
    const { app, logger, socket, web } = socketModeApp([]);
    expect((app as unknown as { logger: unknown }).logger).toBe(logger);
    expect(socket.logger).toBe(logger);
    expect(web.logger).toBe(logger);
    expect(logger.getLevel()).toBe("debug");
  });

  it("at debug, an envelope carrying a note reaches the log only as [redacted]", async () => {
    const lines: string[] = [];
    const { app, socket } = socketModeApp(lines);
    await app.init();
    const envelope = {
      type: "slash_commands",
      envelope_id: "env-1",
      accepts_response_payload: true,
      payload: {
        team_id: emulator.workspace.teamId,
        user_id: CAST.trainee.id,
        user_name: CAST.trainee.name,
        channel_id: "D0TRAINEE",
        command: "/balint",
        text: `log group 1 today note ${CANARY} Mrs Example`,
        api_app_id: emulator.workspace.appId,
        response_url: `${emulator.url}response/none`,
        trigger_id: "trigger-1",
      },
    };
    await socket.onWebSocketMessage(JSON.stringify(envelope), false);
    await emulator.waitUntil(() =>
      lines.some((line) => line.includes("Calling ack() - type: [redacted]")) ? true : undefined,
    );
    expect(
      lines.some((line) => line.includes("Received a message on the WebSocket: [redacted]")),
    ).toBe(true);
    expect(lines.join("\n")).not.toContain("CANARY");
    expect(lines.join("\n")).not.toContain("Mrs Example");
  });
});
