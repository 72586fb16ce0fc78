import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SlackEmulator, startSlackEmulator } from "../../src/dev/emulator/index.ts";
import { createSlackUsers } from "../../src/slack/slack-users.ts";

let emulator: SlackEmulator;
beforeAll(async () => {
  emulator = await startSlackEmulator({
    workspace: {
      users: [
        { id: "U0PERSON1" },
        { id: "U0GONE001", deleted: true },
        { id: "U0ROBOT01", isBot: true },
      ],
    },
  });
});
afterAll(async () => {
  await emulator.close();
});

const usersFor = (url: string, nowMs?: () => number) =>
  createSlackUsers(
    { SLACK_BOT_TOKEN: "xoxb-test", SLACK_API_URL: url },
    {
      ...(nowMs ? { nowMs } : {}),
    },
  );

describe("checking a mentioned user with users.info", () => {
  it("tells a person from an unknown id, a deactivated account and an app", async () => {
    const users = usersFor(emulator.url);
    expect(await users.check("U0PERSON1")).toBe("person");
    expect(await users.check("U0NOBODY1")).toBe("unknown");
    expect(await users.check("U0GONE001")).toBe("deleted");
    expect(await users.check("U0ROBOT01")).toBe("bot");
  });

  it("asks Slack once per user for a while, then again", async () => {
    let now = 0;
    const users = usersFor(emulator.url, () => now);
    const calls = () => emulator.callsTo("users.info").length;
    const before = calls();
    await users.check("U0PERSON1");
    await users.check("U0PERSON1");
    expect(calls()).toBe(before + 1);
    now += 11 * 60_000;
    await users.check("U0PERSON1");
    expect(calls()).toBe(before + 2);
  });

  it("answers 'unchecked' at once when Slack is rate limited, and asks again next time", async () => {
    const users = usersFor(emulator.url);
    emulator.failNext("users.info", "ratelimited", { status: 429, retryAfterSeconds: 4 });
    const started = Date.now();
    expect(await users.check("U0PERSON1")).toBe("unchecked");
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(await users.check("U0PERSON1")).toBe("person");
  });

  it("gives up well inside Slack's 3 seconds when Slack does not answer", async () => {
    const silent: Server = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const address = silent.address();
    if (address === null || typeof address === "string") throw new Error("no port");
    try {
      const users = usersFor(`http://127.0.0.1:${address.port}/api/`);
      const started = Date.now();
      expect(await users.check("U0PERSON1")).toBe("unchecked");
      expect(Date.now() - started).toBeLessThan(2_000);
    } finally {
      silent.closeAllConnections();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
