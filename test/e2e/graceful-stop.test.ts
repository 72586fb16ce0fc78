import { afterEach, describe, expect, it } from "vitest";
import { commandReply, type Harness, startHarness } from "../support/bot-harness.ts";
import { CAST } from "../support/cast.ts";

const sam = CAST.trainee.id;
let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

/** The App Home refresh after logging meets a rate limit: the outbox retries after `seconds`. */
function holdNextHomeRefresh(harness: Harness, seconds: number): void {
  harness.emulator.failNext("views.publish", "ratelimited", {
    status: 429,
    retryAfterSeconds: seconds,
  });
}

/** Sam is known to the bot and has their App Home open, so a log refreshes it. */
async function lookingAtHome(harness: Harness): Promise<void> {
  await harness.bot.db.person.create({
    data: {
      slackTeamId: harness.emulator.workspace.teamId,
      slackUserId: sam,
      homeOpenedAt: new Date(),
    },
  });
}

const undelivered = (harness: Harness) =>
  harness.bot.db.outboxItem.count({ where: { deliveredAt: null } });

describe("stopping the bot", () => {
  it("delivers what falls due within the grace period, then closes the port", async () => {
    h = await startHarness();
    await lookingAtHome(h);
    holdNextHomeRefresh(h, 1);
    const reply = await commandReply(h, sam, "log group 1 today");
    expect(JSON.stringify(reply.body)).toContain("Logged");
    await h.emulator.waitUntil(() => h?.emulator.callsTo("views.publish").length);
    expect(await undelivered(h)).toBe(1);

    const db = h.bot.db;
    const count = await db.outboxItem.count();
    await h.bot.stop();

    const published = h.emulator
      .callsTo("views.publish")
      .filter((call) => call.args.user_id === sam && call.response.ok);
    expect(published).toHaveLength(1);
    expect(count).toBeGreaterThan(0);
    expect(h.logLines.join("\n")).not.toContain("still to deliver");
    await expect(fetch(`${h.baseUrl}/healthz`)).rejects.toThrow();
  });

  it("stops after the grace period, leaving what is not yet due for the next start", async () => {
    h = await startHarness({ stopGraceMs: 300 });
    await lookingAtHome(h);
    holdNextHomeRefresh(h, 3);
    await commandReply(h, sam, "log group 1 today");
    await h.emulator.waitUntil(() => h?.emulator.callsTo("views.publish").length);
    const started = Date.now();

    await h.bot.stop();

    expect(Date.now() - started).toBeLessThan(2_500);
    expect(h.emulator.callsTo("views.publish").filter((call) => call.response.ok)).toEqual([]);
  });
});
