import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedAhmedAsLeader } from "../slack/logging/e2e-support.ts";
import { dmMessages, postsTo } from "../slack/supervision/e2e-support.ts";
import { type Harness, startHarness } from "../support/bot-harness.ts";
import { CAST, escapedMention } from "../support/cast.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ now: "2026-11-26T10:00:00Z" });
  await seedAhmedAsLeader(h);
  await h.idle();
});
afterAll(async () => {
  await h.stop();
});

describe("the harness knows when the bot is idle", () => {
  it("resolves at once when nothing is in flight or due", async () => {
    const started = Date.now();
    await h.idle();
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(h.bot.inFlight.size).toBe(0);
  });

  it("waits for the work after the acknowledgement and for the outbox, without polling", async () => {
    h.emulator.reset();
    // Slack is slow to open the DM: the confirmer's DM comes well after the acknowledgement.
    h.emulator.slowNext("conversations.open", 400);
    const response = await h.driver.slashCommand({
      userId: CAST.trainee.id,
      text: `log coled 20/11/2026 with ${escapedMention("leader")}`,
    });
    expect(response.status).toBe(200);
    await h.idle();
    expect(dmMessages(h, "leader")).toHaveLength(1);
    expect(await h.bot.db.outboxItem.count({ where: { deliveredAt: null, failedAt: null } })).toBe(
      0,
    );
    // Nothing else comes later: idle again changes nothing.
    const calls = h.emulator.calls.length;
    await h.idle();
    expect(h.emulator.calls.length).toBe(calls);
    expect(postsTo(h, "leader")).toHaveLength(1);
  });
});
