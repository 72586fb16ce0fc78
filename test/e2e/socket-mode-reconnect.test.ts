import { afterEach, describe, expect, it } from "vitest";
import { type Harness, type HarnessOptions, startHarness } from "../support/bot-harness.ts";
import { CAST } from "../support/cast.ts";

const sam = CAST.trainee.id;
let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

async function socketHarness(options: HarnessOptions = {}): Promise<Harness> {
  h = await startHarness({ now: "2026-11-26T10:00:00Z", transport: "socket", ...options });
  return h;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("Socket Mode: a reconnect in the middle of a stream of commands", () => {
  it("stores and answers every command exactly once, through a refresh and a dropped socket", async () => {
    const { emulator, driver, bot } = await socketHarness();
    const hub = emulator.socketMode;
    const sent: ReturnType<typeof driver.slashCommand>[] = [];
    const send = async (times: number) => {
      for (let i = 0; i < times; i += 1) {
        const n = sent.length + 1;
        sent.push(driver.slashCommand({ userId: sam, text: `log group 1 today note stream ${n}` }));
        await sleep(80);
      }
    };
    /** Keeps the stream going until the bot has opened its n-th connection. */
    const sendUntilConnection = async (n: number) => {
      const deadline = Date.now() + 15_000;
      while (hub.connectionsOpened < n && Date.now() < deadline) await send(1);
    };

    await send(5);
    hub.requestReconnect();
    await sendUntilConnection(2);
    await send(3);
    hub.drop();
    await sendUntilConnection(3);
    await send(3);
    const responses = await Promise.all(sent);

    expect(hub.connectionsOpened).toBe(3);
    expect(responses.every((response) => response.status === 200)).toBe(true);
    const notes = (await bot.db.activityEntry.findMany()).map((entry) => entry.note);
    expect(notes.sort()).toEqual(sent.map((_, i) => `stream ${i + 1}`).sort());
    // One reply per command, in its acknowledgement (the entry is stored first): none lost.
    for (const response of responses) expect(JSON.stringify(response.body)).toContain("Logged");
    expect(emulator.responseUrlPosts).toEqual([]);
    expect(hub.ackFailures).toEqual([]);
    expect(hub.unacknowledged).toBe(0);
  }, 60_000);
});

describe("Socket Mode: an envelope that arrives just before Slack asks for a reconnect", () => {
  // The envelope and the disconnect frame go out in the same tick, so the bot reads both at once
  // and its ack finds the socket already closing: the ack is lost, and Slack redelivers.

  it("still stores and answers a /balint log once", async () => {
    const { emulator, driver, bot, logLines } = await socketHarness();
    const sent = driver.slashCommand({ userId: sam, text: "log group 2 today note as it closed" });
    emulator.socketMode.requestReconnect();
    const response = await sent;

    expect(response.ack?.attempts).toBe(2);
    expect(logLines.join("\n")).toContain("an acknowledgement was lost");
    // The redelivery is answered with the reply the lost acknowledgement carried.
    expect(JSON.stringify(response.body)).toContain("Logged");
    expect(await bot.db.activityEntry.findMany()).toMatchObject([
      { kind: "group_member", count: 2, note: "as it closed" },
    ]);
    expect(emulator.socketMode.ackFailures).toEqual([]);
  });

  it("answers the redelivery with the reply the lost ack carried", async () => {
    const { emulator, driver } = await socketHarness();
    const sent = driver.slashCommand({ userId: sam, text: "help" });
    emulator.socketMode.requestReconnect();
    const response = await sent;

    expect(response.ack?.attempts).toBe(2);
    expect(response.body).toMatchObject({ response_type: "ephemeral" });
    expect(JSON.stringify(response.body)).toContain("/balint log");
  });
});

describe("Socket Mode: an acknowledgement lost on the wire, though the bot sent it without error", () => {
  it.each([
    { lost: 1, note: "lost on the wire", story: "answers the redelivery with the same reply" },
    { lost: 2, note: "lost twice", story: "answers again when the redelivery's is lost as well" },
  ])("$story, and stores the entry once", async ({ lost, note }) => {
    const { emulator, driver, bot } = await socketHarness();
    emulator.socketMode.dropAtNextAck(lost);
    const response = await driver.slashCommand({
      userId: sam,
      text: `log group 2 today note ${note}`,
    });

    expect(response.ack?.attempts).toBe(lost + 1);
    expect(JSON.stringify(response.body)).toContain("Logged");
    expect(await bot.db.activityEntry.findMany()).toMatchObject([{ note }]);
    expect(emulator.socketMode.ackFailures).toEqual([]);
  });
});

describe("Socket Mode: an envelope redelivered while its first delivery is still being handled", () => {
  // A slow Slack holds the first delivery before its acknowledgement (the check of a mentioned
  // user); the socket drops meanwhile, so Slack redelivers on the new socket before the first
  // delivery has answered.

  it("answers the redelivery with the first delivery's reply, and stores the entry once", async () => {
    const { emulator, driver, bot } = await socketHarness({ socketReconnectMs: 300 });
    const hub = emulator.socketMode;
    // The check of the mentioned leader runs before the acknowledgement; Slack is slow to answer.
    emulator.slowNext("users.info", 1_000);
    const sent = driver.slashCommand({
      userId: sam,
      text: `log coled 2 today with <@${CAST.leader.id}> note held up`,
    });
    await sleep(100);
    // The old socket closes now; the bot is back within 300 ms and gets the redelivery there.
    hub.requestReconnect();
    const response = await sent;

    expect(response.ack?.attempts).toBe(2);
    expect(response.ack?.late).toBe(false);
    expect(JSON.stringify(response.body)).toContain("Logged 2 co-led sessions");
    expect(await bot.db.activityEntry.findMany()).toMatchObject([{ note: "held up" }]);
    expect(hub.ackFailures).toEqual([]);
  });
});
