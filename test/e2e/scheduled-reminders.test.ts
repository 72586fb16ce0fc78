import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runScheduledReminders } from "../../src/jobs/reminders.ts";
import { logEntry } from "../../src/services/entries/log-entry.ts";
import { addLeader } from "../../src/services/register/add-leader.ts";
import { SHARED_IDS } from "../../src/slack/ids.ts";
import { castActor, contextAt, harnessJobs } from "../jobs/support.ts";
import { deliverThenForget, type Harness, startHarness } from "../support/bot-harness.ts";
import { CAST, type CastMember } from "../support/cast.ts";

// Monday 30 November 2026, 10:30 in London.
const MONDAY = "2026-11-30T10:30:00Z";
const dms = (h: Harness, who: CastMember) =>
  h.emulator.messagesIn(h.emulator.dmChannelFor(CAST[who].id));
const textOf = (value: unknown) => JSON.stringify(value);

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ now: MONDAY });
  const admin = castActor("admin", true);
  const leader = {
    teamId: castActor("leader").teamId,
    userId: CAST.leader.id,
    displayName: "Dr Ahmed",
  };
  await addLeader(contextAt(h, "2026-01-01T10:00:00Z"), admin, {
    person: leader,
    accreditedOn: "2015-05-01",
  });
  // Sam's co-led sessions have waited 10 days for Dr Ahmed; one more is only 2 days old.
  await logEntry(contextAt(h, "2026-11-20T10:00:00Z"), castActor("trainee"), {
    kind: "coled",
    occurredOn: "2026-11-18",
    count: 2,
    counterpart: leader,
  });
  await logEntry(contextAt(h, "2026-11-28T10:00:00Z"), castActor("trainee"), {
    kind: "coled",
    occurredOn: "2026-11-27",
    counterpart: leader,
  });
  // The newcomer, Jo and the stranger logged once, 9 weeks ago; the stranger turned nudges off.
  for (const who of ["newcomer", "member", "stranger"] as const) {
    await logEntry(contextAt(h, "2026-09-28T10:00:00Z"), castActor(who), {
      kind: "group_member",
      occurredOn: "2026-09-25",
    });
  }
  await h.bot.db.person.updateMany({
    where: { slackUserId: CAST.stranger.id },
    data: { nudgesOptedOut: true },
  });
  await deliverThenForget(h);
});
afterAll(async () => {
  await h.stop();
});

async function adminReply(text: string): Promise<string | undefined> {
  const before = h.emulator.responseUrlPosts.length;
  await h.driver.slashCommand({ userId: CAST.admin.id, text });
  const post = await h.whenIdle(() => h.emulator.responseUrlPosts.slice(before)[0]);
  return post.body.text;
}

describe("the reminders", () => {
  it("are refused privately to anyone but an admin", async () => {
    await h.driver.slashCommand({ userId: CAST.leader.id, text: "admin reminders" });
    const refusal = await h.whenIdle(() =>
      h.emulator.responseUrlPosts.find((post) => post.origin.userId === CAST.leader.id),
    );
    expect(refusal.body.text).toContain("Only the bot's admins");
    expect(dms(h, "leader")).toEqual([]);
  });

  it("`admin reminders` sends one DM per supervisor and nudges idle trainees, then reports privately", async () => {
    expect(await adminReply("admin reminders")).toBe(
      [
        "Reminders run now.",
        "• 1 supervisor reminded about 1 session waiting over a week.",
        "• 2 trainees nudged after 8 weeks with nothing logged.",
        "Today's scheduled reminders still run as usual.",
      ].join("\n"),
    );
    const [reminder, ...more] = dms(h, "leader");
    expect(more).toEqual([]);
    expect(reminder?.text).toBe(
      "Reminder: 1 session has been waiting more than a week for you to confirm or query it.",
    );
    expect(textOf(reminder?.blocks)).toContain(
      `<@${CAST.trainee.id}>: Co-led session, 2 sessions on 18 Nov 2026 (waiting 10 days)`,
    );
    expect(textOf(reminder?.blocks)).not.toContain("27 Nov 2026");

    const [nudge] = dms(h, "newcomer");
    expect(nudge?.text).toBe(
      "You haven't logged anything on your Balint pathway since 28 Sep 2026.",
    );
    expect(textOf(nudge?.blocks)).toContain(
      `"action_id":"${SHARED_IDS.toggleNudges}","value":"{\\"on\\":false}"`,
    );
  });

  it("never nudges a trainee who turned nudges off", () => {
    expect(dms(h, "stranger")).toEqual([]);
  });

  it("reminds a supervisor at most once a week, and nudges once per 8 quiet weeks", async () => {
    expect(await adminReply("admin reminders")).toContain(
      "• 0 supervisors reminded about 0 sessions waiting over a week; 1 already reminded this week.",
    );
    const { deps } = harnessJobs(h);
    expect(await runScheduledReminders(deps, new Date("2026-12-02T10:00:00Z"))).toBe("done");
    await h.bot.outbox.idle();
    expect(dms(h, "leader")).toHaveLength(1);
    expect(dms(h, "newcomer")).toHaveLength(1);

    // A new ISO week: the sessions still wait, so Dr Ahmed hears again; the newcomer does not.
    expect(await runScheduledReminders(deps, new Date("2026-12-07T10:00:00Z"))).toBe("done");
    await h.bot.outbox.idle();
    expect(dms(h, "leader")).toHaveLength(2);
    expect(textOf(dms(h, "leader")[1]?.blocks)).toContain("27 Nov 2026");
    expect(dms(h, "newcomer")).toHaveLength(1);
  });

  it("stops nudging a trainee who turns nudges off from the nudge itself", async () => {
    const [nudge] = dms(h, "newcomer");
    if (!nudge) throw new Error("expected the newcomer's nudge");
    await h.driver.clickButton({
      userId: CAST.newcomer.id,
      actionId: SHARED_IDS.toggleNudges,
      container: { channelId: nudge.channel, messageTs: nudge.ts },
    });
    await h.whenIdle(() =>
      h.emulator.responseUrlPosts.find((post) => post.origin.userId === CAST.newcomer.id),
    );
    // Another 8 quiet weeks: Jo hears again, the newcomer does not.
    const { deps } = harnessJobs(h);
    expect(await runScheduledReminders(deps, new Date("2027-01-18T10:00:00Z"))).toBe("done");
    await h.bot.outbox.idle();
    expect(dms(h, "member")).toHaveLength(2);
    expect(dms(h, "newcomer")).toHaveLength(1);
  });

  it("runs the scheduled reminders once per day", async () => {
    const { deps } = harnessJobs(h);
    expect(await runScheduledReminders(deps, new Date("2026-12-07T18:00:00Z"))).toBe(
      "already_claimed",
    );
    const runs = await h.bot.db.jobRun.findMany({
      where: { job: "reminders" },
      orderBy: { id: "asc" },
    });
    expect(runs.map((run) => run.period)).toEqual(["2026-12-02", "2026-12-07", "2027-01-18"]);
  });
});
