import { afterEach, describe, expect, it } from "vitest";
import { seedAhmedAsLeader } from "../../slack/logging/e2e-support.ts";
import { commandReply, type Harness, startHarness } from "../../support/bot-harness.ts";
import { CAST, escapedMention } from "../../support/cast.ts";

/**
 * A confirmation DM is named by what it asks, so a DM that Slack took but the bot never recorded
 * is found again by the next delivery for the same trainee, whichever outbox item made it. The
 * channel's history is read only when such a DM may exist.
 */
let h: Harness;
afterEach(async () => {
  await h.stop();
});

const logWithLeader = (day: string) =>
  commandReply(h, CAST.trainee.id, `log coled 1 ${day} with ${escapedMention("leader")}`);

describe("a confirmation DM is posted once", () => {
  it("posts the first DM without reading the channel's history", async () => {
    h = await startHarness({ deliveryPolicy: { pollMs: 100, firstBackoffMs: 50 } });
    await seedAhmedAsLeader(h);
    await logWithLeader("yesterday");
    await h.idle();
    expect(h.emulator.messagesIn(h.emulator.dmChannelFor(CAST.leader.id))).toHaveLength(1);
    expect(h.emulator.callsTo("conversations.history")).toEqual([]);
  });

  it("finds a DM whose answer was lost, after its item was given up, when the next log is delivered", async () => {
    h = await startHarness({
      deliveryPolicy: { pollMs: 100, requestTimeoutMs: 300, maxAttempts: 1 },
    });
    await seedAhmedAsLeader(h);
    const leaderDm = h.emulator.dmChannelFor(CAST.leader.id);
    // Slack takes the DM after the bot stopped waiting, and the item is given up at once.
    h.emulator.slowNext("chat.postMessage", 1_000);
    await logWithLeader("yesterday");
    await h.emulator.waitUntil(() => h.emulator.messagesIn(leaderDm).length === 1);
    await h.idle();
    expect(await h.bot.db.outboxItem.count({ where: { failedAt: { not: null } } })).toBe(1);
    await logWithLeader("today");
    await h.emulator.waitUntil(() =>
      JSON.stringify(h.emulator.messagesIn(leaderDm)).includes("2 sessions"),
    );
    await h.idle();

    const dms = h.emulator.messagesIn(leaderDm);
    expect(dms).toHaveLength(1);
    expect(dms[0]?.text).toContain("2 sessions");
    expect(h.emulator.callsTo("conversations.history").length).toBeGreaterThan(0);
  });
});
