import { afterEach, describe, expect, it } from "vitest";
import { commandReply, type Harness, startHarness } from "../support/bot-harness.ts";
import { CAST } from "../support/cast.ts";

const sam = CAST.trainee.id;
let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

/** The App Home refresh after logging waits `seconds` on a rate limit, then publishes. */
function holdNextHomeRefresh(harness: Harness, seconds: number): void {
  harness.emulator.failNext("views.publish", "ratelimited", {
    status: 429,
    retryAfterSeconds: seconds,
  });
}

describe("stopping the bot", () => {
  it("lets work after the acknowledgement finish, then closes the port", async () => {
    h = await startHarness();
    holdNextHomeRefresh(h, 1);
    const reply = await commandReply(h, sam, "log group 1 today");
    expect(JSON.stringify(reply.body)).toContain("Logged");
    expect(h.bot.inFlight.size).toBeGreaterThan(0);

    await h.bot.stop();

    const published = h.emulator
      .callsTo("views.publish")
      .filter((call) => call.args.user_id === sam && call.response.ok);
    expect(published).toHaveLength(1);
    expect(h.bot.inFlight.size).toBe(0);
    expect(h.logLines.join("\n")).not.toContain("cut short");
    await expect(fetch(`${h.baseUrl}/healthz`)).rejects.toThrow();
  });

  it("stops after the grace period, naming the work it cut short", async () => {
    h = await startHarness({ stopGraceMs: 300 });
    holdNextHomeRefresh(h, 3);
    await commandReply(h, sam, "log group 1 today");
    const started = Date.now();

    await h.bot.stop();

    expect(Date.now() - started).toBeLessThan(2_500);
    const warning = h.logLines.find((line) => line.includes("cut short"));
    expect(warning).toBeDefined();
    expect(warning).toContain("slash command /balint");
    expect(warning).not.toContain("group 1 today");
  });
});
