import { afterEach, describe, expect, it } from "vitest";
import { logEntry } from "../../src/services/entries/log-entry.ts";
import { recordReminders } from "../../src/services/jobs/record-reminders.ts";
import { addLeader } from "../../src/services/register/add-leader.ts";
import { LOGGING_IDS } from "../../src/slack/features/logging/ids.ts";
import { SUPERVISION_IDS } from "../../src/slack/features/supervision/ids.ts";
import { SHARED_IDS } from "../../src/slack/ids.ts";
import { castActor, contextAt } from "../jobs/support.ts";
import { type Harness, startHarness } from "../support/bot-harness.ts";
import { CAST, type CastMember } from "../support/cast.ts";
import { copyTemplateDatabase } from "../support/database.ts";

// Monday 30 November 2026, 10:30 in London.
const MONDAY = "2026-11-30T10:30:00Z";
const textOf = (value: unknown) => JSON.stringify(value);

const running: Harness[] = [];
afterEach(async () => {
  for (const h of running.splice(0)) await h.stop();
});

async function start(databaseUrl: string, now: string): Promise<Harness> {
  const h = await startHarness({ databaseUrl, now });
  running.push(h);
  return h;
}

const dms = (h: Harness, who: CastMember) =>
  h.emulator.messagesIn(h.emulator.dmChannelFor(CAST[who].id));

/** Dr Ahmed on the register; Sam's co-led sessions of 18 and 19 Nov have waited 10 days for her. */
async function seedWaiting(h: Harness): Promise<void> {
  const leader = { ...castActor("leader"), displayName: "Dr Ahmed" };
  await addLeader(contextAt(h, "2026-01-01T10:00:00Z"), castActor("admin", true), {
    person: leader,
    accreditedOn: "2015-05-01",
  });
  for (const occurredOn of ["2026-11-18", "2026-11-19"]) {
    await logEntry(contextAt(h, "2026-11-20T10:00:00Z"), castActor("trainee"), {
      kind: "coled",
      occurredOn,
      counterpart: leader,
    });
  }
  await h.bot.outbox.idle();
}

async function remindersAt(h: Harness, iso: string) {
  h.clock.set(iso);
  const summary = await recordReminders(contextAt(h, iso));
  await h.idle();
  return summary;
}

function reminderOf(h: Harness) {
  const reminder = dms(h, "leader").findLast((m) => m.text.startsWith("Reminder:"));
  if (!reminder) throw new Error(`no reminder: ${textOf(dms(h, "leader"))}`);
  return reminder;
}

describe("the confirmer's reminder, with buttons", () => {
  it("opens one session with Confirm and Query, for the confirmer only", async () => {
    const h = await start(await copyTemplateDatabase(), MONDAY);
    await seedWaiting(h);
    await remindersAt(h, MONDAY);
    const reminder = reminderOf(h);
    const [first] = await h.bot.db.activityEntry.findMany({ orderBy: { id: "asc" } });
    await h.driver.clickButton({
      userId: CAST.leader.id,
      actionId: SUPERVISION_IDS.openEntry,
      value: JSON.stringify({ id: first?.id }),
      container: { channelId: reminder.channel, messageTs: reminder.ts },
    });
    const opened = await h.emulator.waitUntil(() => {
      const top = h.emulator.openViews(CAST.leader.id).at(-1);
      return top && textOf(top.blocks).includes("18 Nov 2026") ? top : undefined;
    });
    expect(textOf(opened.blocks)).toContain(`"${SUPERVISION_IDS.confirmEntry}"`);
    expect(textOf(opened.blocks)).toContain(`"${SUPERVISION_IDS.queryEntry}"`);

    // Someone else clicking Open (any id) learns nothing about the session.
    await h.driver.clickButton({
      userId: CAST.stranger.id,
      actionId: SUPERVISION_IDS.openEntry,
      value: JSON.stringify({ id: first?.id }),
      container: { channelId: reminder.channel, messageTs: reminder.ts },
    });
    const refused = await h.emulator.waitUntil(() => {
      const top = h.emulator.openViews(CAST.stranger.id).at(-1);
      return top && textOf(top.blocks).includes("only the person asked") ? top : undefined;
    });
    expect(textOf(refused.blocks)).not.toContain("18 Nov");
  });

  it("confirms everything it lists with Confirm all, and says so in its place", async () => {
    const h = await start(await copyTemplateDatabase(), MONDAY);
    await seedWaiting(h);
    await remindersAt(h, MONDAY);
    const reminder = reminderOf(h);
    await h.driver.clickButton({
      userId: CAST.leader.id,
      actionId: SUPERVISION_IDS.confirmAllFromReminder,
      container: { channelId: reminder.channel, messageTs: reminder.ts },
    });
    await h.emulator.waitUntil(() =>
      h.emulator.message(reminder.channel, reminder.ts)?.text.includes("Confirmed all 2 sessions"),
    );
    const states = await h.bot.db.activityEntry.findMany({ select: { state: true } });
    expect(states.map((e) => e.state)).toEqual(["confirmed", "confirmed"]);
  });

  it("refuses Confirm all to anyone but the confirmer, changing nothing", async () => {
    const h = await start(await copyTemplateDatabase(), MONDAY);
    await seedWaiting(h);
    await remindersAt(h, MONDAY);
    const reminder = reminderOf(h);
    await h.driver.clickButton({
      userId: CAST.stranger.id,
      actionId: SUPERVISION_IDS.confirmAllFromReminder,
      container: { channelId: reminder.channel, messageTs: reminder.ts },
    });
    const states = await h.bot.db.activityEntry.findMany({ select: { state: true } });
    expect(states.map((e) => e.state)).toEqual(["claimed", "claimed"]);
  });

  it('keeps "Remind me in a week" across a restart, then reminds again', async () => {
    const databaseUrl = await copyTemplateDatabase();
    const first = await start(databaseUrl, MONDAY);
    await seedWaiting(first);
    await remindersAt(first, MONDAY);
    const reminder = reminderOf(first);
    await first.driver.clickButton({
      userId: CAST.leader.id,
      actionId: SUPERVISION_IDS.snoozeReminders,
      container: { channelId: reminder.channel, messageTs: reminder.ts },
    });
    const answer = await first.emulator.waitUntil(() =>
      first.emulator.responseUrlPosts.find((p) => p.origin.userId === CAST.leader.id),
    );
    expect(answer.body.text).toContain("before 7 Dec 2026");
    await first.stop();
    running.splice(running.indexOf(first), 1);

    // A new process on the same database, in the next ISO week but still inside the snooze.
    const second = await start(databaseUrl, "2026-12-07T10:00:00Z");
    const held = await remindersAt(second, "2026-12-07T10:00:00Z");
    expect(held.supervisors).toEqual({ sent: 0, alreadySent: 0 });
    expect(dms(second, "leader")).toEqual([]);

    // The week has passed: the sessions still wait, so she hears again.
    const after = await remindersAt(second, "2026-12-08T10:00:00Z");
    expect(after.supervisors.sent).toBe(1);
    expect(reminderOf(second).text).toContain("2 sessions have been waiting");
  });
});

describe("the trainee's nudge, with buttons", () => {
  it("opens the logging form from Log a session", async () => {
    const h = await start(await copyTemplateDatabase(), MONDAY);
    await logEntry(contextAt(h, "2026-09-28T10:00:00Z"), castActor("newcomer"), {
      kind: "group_member",
      occurredOn: "2026-09-25",
    });
    await h.bot.outbox.idle();
    await remindersAt(h, MONDAY);
    const nudge = dms(h, "newcomer")[0];
    if (!nudge) throw new Error("expected a nudge");
    await h.driver.clickButton({
      userId: CAST.newcomer.id,
      actionId: SHARED_IDS.openLog,
      container: { channelId: nudge.channel, messageTs: nudge.ts },
    });
    const form = await h.emulator.waitUntil(() => h.emulator.openViews(CAST.newcomer.id).at(-1));
    expect(form.callback_id).toBe(LOGGING_IDS.logModal);
  });
});
