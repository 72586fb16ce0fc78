import { WebClient } from "@slack/web-api";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { decideEntry } from "../../src/services/confirmations/decide-entry.ts";
import { logEntry } from "../../src/services/entries/log-entry.ts";
import { resubmitEntry } from "../../src/services/entries/resubmit-entry.ts";
import { recordReminders } from "../../src/services/jobs/record-reminders.ts";
import { addLeader } from "../../src/services/register/add-leader.ts";
import { SUPERVISION_IDS } from "../../src/slack/features/supervision/ids.ts";
import { CORRECTED_TITLE } from "../../src/slack/features/supervision/views/confirmations/corrected-sessions.ts";
import { BUTTON_BEFORE_VERSIONS } from "../../src/slack/features/supervision/views/confirmations/entry-values.ts";
import { castActor, contextAt } from "../jobs/support.ts";
import { type Harness, startHarness } from "../support/bot-harness.ts";
import { CAST } from "../support/cast.ts";

/**
 * A Confirm button decides the version of a session its confirmer was shown. The trainee's
 * correction after a query keeps the entry's id, so a week-old reminder's "Confirm it" (or any
 * Confirm drawn before the correction) would otherwise confirm figures nobody showed them
 * (red-team finding 1).
 */
const MONDAY = "2026-11-30T10:30:00Z";
const leader = { ...castActor("leader"), displayName: "Dr Ahmed" };
let h: Harness;

beforeEach(async () => {
  h = await startHarness({ now: MONDAY });
});
afterEach(async () => {
  await h.stop();
});

/** A co-led session logged on the 20th, the Monday reminder listing it, then query and "correction". */
async function correctedAfterReminder(
  beforeQuery: (reminder: { channel: string; ts: string }) => Promise<void> = async () => {},
) {
  await addLeader(contextAt(h, "2026-01-01T10:00:00Z"), castActor("admin", true), {
    person: leader,
    accreditedOn: "2015-05-01",
  });
  const logged = await logEntry(contextAt(h, "2026-11-20T10:00:00Z"), castActor("trainee"), {
    kind: "coled",
    occurredOn: "2026-11-18",
    count: 1,
    counterpart: leader,
  });
  await h.idle();
  await recordReminders(contextAt(h, MONDAY));
  await h.idle();
  const dm = h.emulator.dmChannelFor(CAST.leader.id);
  const reminder = h.emulator.messagesIn(dm).findLast((m) => m.text.startsWith("Reminder:"));
  if (!reminder) throw new Error("no reminder");
  expect(JSON.stringify(reminder.blocks)).toContain("1 session on 18 Nov 2026");
  await beforeQuery(reminder);

  h.clock.set("2026-12-01T10:00:00Z");
  await decideEntry(contextAt(h, "2026-12-01T10:00:00Z"), leader, {
    entryId: logged.entry.id,
    version: 1,
    decision: "query",
    reason: "Which date was it?",
  });
  await resubmitEntry(contextAt(h, "2026-12-01T11:00:00Z"), castActor("trainee"), {
    entryId: logged.entry.id,
    kind: "coled",
    occurredOn: "2026-11-18",
    count: 20,
    counterpart: leader,
  });
  await h.idle();
  h.clock.set("2026-12-03T10:00:00Z");
  return { entryId: logged.entry.id, reminder };
}

async function stored(entryId: number) {
  const entry = await h.bot.db.activityEntry.findUniqueOrThrow({ where: { id: entryId } });
  return { state: entry.state, count: entry.count, version: entry.version };
}

describe("a Confirm button drawn before the trainee corrected the session", () => {
  it("the reminder's Confirm it confirms nothing and shows the corrected session", async () => {
    const { entryId, reminder } = await correctedAfterReminder();
    await h.driver.clickButton({
      userId: CAST.leader.id,
      actionId: SUPERVISION_IDS.confirmAllFromReminder,
      container: { channelId: reminder.channel, messageTs: reminder.ts },
    });
    await h.idle();

    expect(await stored(entryId)).toEqual({ state: "claimed", count: 20, version: 2 });
    const shown = h.emulator.openViews(CAST.leader.id).at(-1);
    expect(shown?.title?.text).toBe(CORRECTED_TITLE);
    const text = JSON.stringify(shown?.blocks);
    expect(text).toContain("Nothing was confirmed");
    expect(text).toContain("20 sessions");
    // Its Confirm now carries the corrected version, and confirms it.
    expect(text).toContain(JSON.stringify(JSON.stringify({ id: entryId, version: 2 })));
    expect(h.emulator.message(reminder.channel, reminder.ts)?.text).toBe(reminder.text);

    await h.driver.clickButton({
      userId: CAST.leader.id,
      actionId: SUPERVISION_IDS.confirmEntry,
      value: JSON.stringify({ id: entryId, version: 2 }),
      container: { viewId: shown?.id ?? "" },
    });
    await h.idle();
    expect(await stored(entryId)).toEqual({ state: "confirmed", count: 20, version: 2 });
  });

  it("Confirm in a session opened before the correction confirms nothing, and shows it now", async () => {
    const { entryId } = await correctedAfterReminder(async (reminder) => {
      // Monday: Dr Ahmed opens the session from the reminder, and leaves the modal open.
      await h.driver.clickButton({
        userId: CAST.leader.id,
        actionId: SUPERVISION_IDS.openEntry,
        container: { channelId: reminder.channel, messageTs: reminder.ts },
      });
      await h.idle();
    });
    const opened = h.emulator.openViews(CAST.leader.id).at(-1);
    expect(JSON.stringify(opened?.blocks)).toContain("1 session");
    await h.driver.clickButton({
      userId: CAST.leader.id,
      actionId: SUPERVISION_IDS.confirmEntry,
      container: { viewId: opened?.id ?? "" },
    });
    await h.idle();

    expect(await stored(entryId)).toEqual({ state: "claimed", count: 20, version: 2 });
    const views = h.emulator.openViews(CAST.leader.id);
    expect(views.map((view) => view.title?.text)).toEqual(["Session to confirm", CORRECTED_TITLE]);
    expect(JSON.stringify(views.at(-1)?.blocks)).toContain("20 sessions");
  });

  it("a Confirm button drawn before versions existed confirms nothing and says where to look", async () => {
    const { entryId } = await correctedAfterReminder();
    const old = await oldMessage([
      [SUPERVISION_IDS.confirmAllFromReminder, { ids: [entryId] }],
      [SUPERVISION_IDS.confirmAll, { ids: [entryId] }],
      [SUPERVISION_IDS.confirmEntry, { id: entryId }],
    ]);
    const posts = h.emulator.responseUrlPosts.length;
    for (const actionId of [
      SUPERVISION_IDS.confirmAllFromReminder,
      SUPERVISION_IDS.confirmAll,
      SUPERVISION_IDS.confirmEntry,
    ]) {
      await h.driver.clickButton({
        userId: CAST.leader.id,
        actionId,
        container: { channelId: old.channel, messageTs: old.ts },
      });
    }
    await h.idle();
    expect(await stored(entryId)).toEqual({ state: "claimed", count: 20, version: 2 });
    const answers = h.emulator.responseUrlPosts.slice(posts).map((post) => post.body);
    expect(answers).toHaveLength(3);
    for (const answer of answers) {
      expect(answer).toMatchObject({ response_type: "ephemeral", text: BUTTON_BEFORE_VERSIONS });
    }
  });
});

/** A DM to the leader as the bot drew its buttons before versions: ids only. */
async function oldMessage(buttons: readonly (readonly [string, unknown])[]) {
  const client = new WebClient("xoxb-test", { slackApiUrl: h.emulator.url });
  const channel = h.emulator.dmChannelFor(CAST.leader.id);
  const posted = await client.chat.postMessage({
    channel,
    text: "Sessions to confirm, from before",
    blocks: [
      {
        type: "actions",
        elements: buttons.map(([actionId, value]) => ({
          type: "button" as const,
          text: { type: "plain_text" as const, text: "Confirm" },
          action_id: actionId,
          value: JSON.stringify(value),
        })),
      },
    ],
  });
  return { channel, ts: posted.ts ?? "" };
}
