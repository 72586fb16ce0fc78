import { afterEach, describe, expect, it } from "vitest";
import { addLeader } from "../../../src/services/register/add-leader.ts";
import { removeLeader } from "../../../src/services/register/remove-leader.ts";
import { people } from "../../slack/logging/e2e-support.ts";
import type { Harness } from "../../support/bot-harness.ts";
import { LOST_ANSWER, logWithLeader, logWithLostDm, startWithLeader } from "../support/lost-dm.ts";

/**
 * A confirmation DM is named by what it asks, so a DM that Slack took but the bot never recorded
 * is found again by the next delivery for the same trainee, whichever outbox item made it, and
 * redrawn with every session it now asks about.
 */
let h: Harness;
afterEach(async () => {
  await h.stop();
});

describe("a confirmation DM is posted once", () => {
  it("finds a DM whose answer was lost, after its item was given up, when the next log is delivered", async () => {
    const started = await startWithLeader({ ...LOST_ANSWER, maxAttempts: 1 });
    h = started.h;
    const { leaderDm } = started;
    // The item is given up at once.
    await logWithLostDm(h, leaderDm, "yesterday");
    await h.idle();
    expect(await h.bot.db.outboxItem.count({ where: { failedAt: { not: null } } })).toBe(1);
    await logWithLeader(h, "today");
    await h.emulator.waitUntil(() =>
      JSON.stringify(h.emulator.messagesIn(leaderDm)).includes("2 sessions"),
    );
    await h.idle();

    const dms = h.emulator.messagesIn(leaderDm);
    expect(dms).toHaveLength(1);
    expect(dms[0]?.text).toContain("2 sessions");
    expect(h.emulator.callsTo("conversations.history").length).toBeGreaterThan(0);
  });

  it("finds a DM whose answer was lost when the same session is asked about again after its item was done", async () => {
    const started = await startWithLeader();
    h = started.h;
    const { leaderDm } = started;
    const { actor, ref, ctx } = people(h);
    await logWithLostDm(h, leaderDm, "yesterday");
    // Taken off the register by mistake: nobody can confirm the session today, so the request is
    // delivered with nothing to post. Put back, he is asked about the same session again.
    await removeLeader(ctx(), actor("admin"), { person: ref("leader") });
    h.bot.deps.deliverSoon();
    await h.idle();
    expect(await h.bot.db.outboxItem.count({ where: { deliveredAt: null } })).toBe(0);
    await addLeader(ctx(), actor("admin"), { person: ref("leader") });
    h.bot.deps.deliverSoon();
    await h.idle();

    expect(h.emulator.messagesIn(leaderDm)).toHaveLength(1);
  });

  it("finds a DM whose answer was lost on its own retry, after a session for an earlier day was logged", async () => {
    const started = await startWithLeader();
    h = started.h;
    const { leaderDm } = started;
    await logWithLostDm(h, leaderDm, "today");
    // A weekend logged backwards: the next session is for the day before.
    await logWithLeader(h, "yesterday");
    await h.emulator.waitUntil(() =>
      JSON.stringify(h.emulator.messagesIn(leaderDm)).includes("2 sessions"),
    );
    await h.idle();

    const dms = h.emulator.messagesIn(leaderDm);
    expect(dms.map((dm) => dm.text)).toEqual([expect.stringContaining("2 sessions")]);
  });
});
