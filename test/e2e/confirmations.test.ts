import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  command,
  dmMessages,
  logColed,
  makeSupervisor,
  postsTo,
  privateReplies,
  registerLeader,
  textOf,
  waitForPending,
} from "../slack/supervision/e2e-support.ts";
import { type Harness, lookAtHome, startHarness } from "../support/bot-harness.ts";
import { CAST, escapedMention } from "../support/cast.ts";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
  await registerLeader(h);
});
afterEach(async () => {
  await h.stop();
});

const CONFIRM = "supervision_entry_confirm";

function decisionNotices() {
  return postsTo(h, "trainee").filter((call) => /confirmed|queried/.test(String(call.args.text)));
}

async function entries() {
  return h.bot.db.activityEntry.findMany({ orderBy: { id: "asc" } });
}

describe("confirmation requests", () => {
  it("batches a weekend of sessions into one DM, updated in place, and Confirm all confirms all", async () => {
    await logColed(h, "2026-11-20");
    await waitForPending(h, "leader", 1);
    await logColed(h, "2026-11-21");
    await waitForPending(h, "leader", 2);
    await logColed(h, "2026-11-22");
    const dm = await waitForPending(h, "leader", 3);

    expect(postsTo(h, "leader")).toHaveLength(1);
    expect(dmMessages(h, "leader")).toHaveLength(1);
    const updates = h.emulator.callsTo("chat.update").filter((c) => c.args.ts === dm.ts);
    expect(updates.length).toBeGreaterThanOrEqual(2);
    const shown = textOf(dm.blocks);
    expect(shown).toContain(`<@${CAST.trainee.id}> asks you to confirm 3 sessions.`);
    for (const day of ["20 Nov 2026", "21 Nov 2026", "22 Nov 2026"]) expect(shown).toContain(day);
    expect(shown).toContain("Confirm all 3");
    expect(shown).not.toContain("Felt the group settle");
    expect((await entries()).every((e) => e.requestTs === dm.ts)).toBe(true);

    h.clock.set("2026-11-26T15:30:00Z");
    await h.driver.clickButton({
      userId: CAST.leader.id,
      actionId: "supervision_entries_confirm_all",
      container: { channelId: dm.channel, messageTs: dm.ts },
    });
    await h.whenIdle(() => decisionNotices().length > 0);

    const rows = await entries();
    expect(rows.map((e) => e.state)).toEqual(["confirmed", "confirmed", "confirmed"]);
    const leader = await h.bot.db.person.findFirstOrThrow({
      where: { slackUserId: CAST.leader.id },
    });
    expect(rows.every((e) => e.decidedById === leader.id)).toBe(true);

    const audit = await h.bot.db.auditLog.findMany({ where: { action: "entry.confirmed" } });
    expect(audit).toHaveLength(3);
    expect(audit.map((a) => a.subjectId).sort()).toEqual(rows.map((e) => e.id).sort());
    for (const row of audit) {
      expect(row.actorId).toBe(leader.id);
      expect(row.at).toEqual(new Date("2026-11-26T15:30:00Z"));
      expect(row.details).not.toContain("Felt the group");
    }

    const updated = textOf(h.emulator.message(dm.channel, dm.ts)?.blocks);
    expect(updated).not.toContain(CONFIRM);
    expect(updated).toContain(`Confirmed by <@${CAST.leader.id}> on 26 Nov 2026 at 15:30`);
    expect(updated).toContain("all answered");

    const notices = decisionNotices();
    expect(notices).toHaveLength(1);
    expect(String(notices[0]?.args.text)).toContain("confirmed 3 of your sessions");
  });

  it("decides a double click once, and tells the trainee once", async () => {
    await logColed(h, "2026-11-20");
    const dm = await waitForPending(h, "leader", 1);
    await lookAtHome(h, CAST.leader.id);
    const click = () =>
      h.driver.clickButton({
        userId: CAST.leader.id,
        actionId: CONFIRM,
        container: { channelId: dm.channel, messageTs: dm.ts },
      });
    const responses = await Promise.all([click(), click()]);
    expect(responses.map((r) => r.status)).toEqual([200, 200]);
    // Once both clicks and all they set off are done, one decision was made and told.
    await h.idle();

    const audit = await h.bot.db.auditLog.findMany({
      where: { action: { in: ["entry.confirmed", "entry.queried"] } },
    });
    expect(audit).toHaveLength(1);
    expect((await entries()).map((e) => e.state)).toEqual(["confirmed"]);
    expect(decisionNotices()).toHaveLength(1);
    expect(privateReplies(h, "leader")).toEqual([]);
  });

  it("tells a stranger who clicks Confirm that only the confirmer can, naming nobody, and changes nothing", async () => {
    await logColed(h, "2026-11-20");
    const dm = await waitForPending(h, "leader", 1);
    await h.driver.clickButton({
      userId: CAST.stranger.id,
      actionId: CONFIRM,
      container: { channelId: dm.channel, messageTs: dm.ts },
    });
    await h.whenIdle(() => privateReplies(h, "stranger").length > 0);
    expect(privateReplies(h, "stranger")).toEqual([
      "You can't open that session: only the person asked to confirm it can.",
    ]);
    expect((await entries()).map((e) => e.state)).toEqual(["claimed"]);
    expect(await h.bot.db.auditLog.count({ where: { action: "entry.confirmed" } })).toBe(0);
    expect(decisionNotices()).toHaveLength(0);
    expect(textOf(h.emulator.message(dm.channel, dm.ts)?.blocks)).toContain(CONFIRM);
  });

  it("does not let the trainee confirm their own entry", async () => {
    await logColed(h, "2026-11-20");
    const dm = await waitForPending(h, "leader", 1);
    await h.driver.clickButton({
      userId: CAST.trainee.id,
      actionId: CONFIRM,
      container: { channelId: dm.channel, messageTs: dm.ts },
    });
    const refusal = "You can't confirm or query your own sessions.";
    await h.whenIdle(() => privateReplies(h, "trainee").includes(refusal));
    expect((await entries()).map((e) => e.state)).toEqual(["claimed"]);
  });

  it("shows a stranger who clicks Query why they can't, without a form", async () => {
    await logColed(h, "2026-11-20");
    const dm = await waitForPending(h, "leader", 1);
    await h.driver.clickButton({
      userId: CAST.stranger.id,
      actionId: "supervision_entry_query",
      container: { channelId: dm.channel, messageTs: dm.ts },
    });
    const view = await h.whenIdle(() =>
      h.emulator.openViews(CAST.stranger.id).find((v) => textOf(v.blocks).includes("can't open")),
    );
    expect(textOf(view.blocks)).toContain("only the person asked to confirm it can");
    expect(textOf(view.blocks)).not.toContain(CAST.leader.id);
    expect(view.blocks.some((b) => b.type === "input")).toBe(false);
    expect((await entries()).map((e) => e.state)).toEqual(["claimed"]);
  });

  it("asks the supervisor instead when the named co-leader is not accredited, and says so", async () => {
    await makeSupervisor(h);
    const logged = await logColed(h, "2026-11-20", "member");
    const dm = await waitForPending(h, "leader", 1);
    expect(textOf(dm.blocks)).toContain(
      `<@${CAST.member.id}> is not on the register of accredited leaders, so you are asked as <@${CAST.trainee.id}>'s supervisor.`,
    );
    expect(textOf(logged.body)).toContain(`<@${CAST.leader.id}>`);
    expect(dmMessages(h, "member")).toHaveLength(0);

    await h.driver.clickButton({
      userId: CAST.member.id,
      actionId: CONFIRM,
      container: { channelId: dm.channel, messageTs: dm.ts },
    });
    await h.whenIdle(() => privateReplies(h, "member").length > 0);
    expect((await entries()).map((e) => e.state)).toEqual(["claimed"]);

    await h.driver.clickButton({
      userId: CAST.leader.id,
      actionId: CONFIRM,
      container: { channelId: dm.channel, messageTs: dm.ts },
    });
    await h.whenIdle(() => decisionNotices().length > 0);
    expect((await entries()).map((e) => e.state)).toEqual(["confirmed"]);
  });

  it("flags a co-leader accredited after the session", async () => {
    await registerLeader(h, "leader", "2026-11-21");
    await logColed(h, "2026-11-20");
    const dm = await waitForPending(h, "leader", 1);
    expect(textOf(dm.blocks)).toContain("joined the register on 21 Nov 2026, after this session");
  });

  it("still makes one DM when several sessions are logged at the same moment", async () => {
    await Promise.all([
      logColed(h, "2026-11-20"),
      logColed(h, "2026-11-21"),
      logColed(h, "2026-11-22"),
    ]);
    await waitForPending(h, "leader", 3);
    expect(postsTo(h, "leader")).toHaveLength(1);
  });

  it("passes waiting sessions to the supervisor when the co-leader leaves the register", async () => {
    await registerLeader(h, "member", "2018-01-01");
    await makeSupervisor(h, "trainee", "member");
    await logColed(h, "2026-11-20");
    const dm = await waitForPending(h, "leader", 1);

    await command(h, "admin", `admin leader remove ${escapedMention("leader")}`);
    const moved = await waitForPending(h, "member", 1);
    expect(textOf(moved.blocks)).toContain(`<@${CAST.leader.id}> is not on the register`);
    await h.whenIdle(() =>
      textOf(h.emulator.message(dm.channel, dm.ts)?.blocks).includes("no longer waiting for you"),
    );
  });
});
