import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decideEntry } from "../../src/services/confirmations/decide-entry.ts";
import { logEntry } from "../../src/services/entries/log-entry.ts";
import { recordReminders } from "../../src/services/jobs/record-reminders.ts";
import { addLeader } from "../../src/services/register/add-leader.ts";
import { SUPERVISION_IDS } from "../../src/slack/features/supervision/ids.ts";
import { castActor, contextAt } from "../jobs/support.ts";
import { type Harness, startHarness } from "../support/bot-harness.ts";
import { CAST } from "../support/cast.ts";

/**
 * A week-old reminder still carries Confirm all after the confirmer has queried one of the
 * sessions it lists. Clicking it must not tell her she confirmed what she did not.
 */
const MONDAY = "2026-11-30T10:30:00Z";
let h: Harness;

beforeAll(async () => {
  h = await startHarness({ now: MONDAY });
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
});
afterAll(async () => {
  await h.stop();
});

describe("Confirm all on a reminder whose sessions were partly answered since", () => {
  it("says how many it confirmed, not how many it listed", async () => {
    await recordReminders(contextAt(h, MONDAY));
    await h.idle();
    const dm = h.emulator.messagesIn(h.emulator.dmChannelFor(CAST.leader.id));
    const reminder = dm.findLast((m) => m.text.startsWith("Reminder:"));
    if (!reminder) throw new Error("no reminder");
    const [first] = await h.bot.db.activityEntry.findMany({ orderBy: { id: "asc" } });
    if (!first) throw new Error("no entry");
    await decideEntry(contextAt(h, MONDAY), castActor("leader"), {
      entryId: first.id,
      version: 1,
      decision: "query",
      reason: "Which group was this?",
    });
    await h.idle();

    await h.driver.clickButton({
      userId: CAST.leader.id,
      actionId: SUPERVISION_IDS.confirmAllFromReminder,
      container: { channelId: reminder.channel, messageTs: reminder.ts },
    });
    await h.idle();
    const states = await h.bot.db.activityEntry.findMany({
      orderBy: { id: "asc" },
      select: { state: true },
    });
    expect(states.map((e) => e.state)).toEqual(["queried", "confirmed"]);
    const answer = h.emulator.message(reminder.channel, reminder.ts)?.text ?? "";
    expect(answer).not.toContain("Confirmed all 2 sessions");
    expect(answer).toContain("Confirmed 1 of the 2 sessions");
  });
});
