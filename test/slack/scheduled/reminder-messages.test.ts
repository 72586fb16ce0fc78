import { describe, expect, it } from "vitest";
import type { OverdueEntry } from "../../../src/services/confirmations/list-overdue-confirmations.ts";
import {
  confirmationsReminderMessage,
  MAX_CONFIRM_ALL,
  MAX_ENTRIES_WITH_OPEN,
  REMINDER_ACTIONS_BLOCK,
} from "../../../src/slack/features/scheduled/views/confirmations-reminder.ts";
import { idleNudgeMessage } from "../../../src/slack/features/scheduled/views/idle-nudge.ts";
import { SUPERVISION_IDS } from "../../../src/slack/features/supervision/ids.ts";
import { SHARED_IDS } from "../../../src/slack/ids.ts";
import { SLACK_LIMITS } from "../../../src/slack/views/limits.ts";

const entry = (id: number, overrides: Partial<OverdueEntry> = {}): OverdueEntry => ({
  id,
  version: 1,
  kind: "coled",
  occurredOn: "2026-11-02",
  count: 2,
  hours: null,
  trainee: { personId: 1, slackTeamId: "T1", slackUserId: "USAM", displayName: "Sam" },
  waitingSince: new Date("2026-11-10T10:00:00Z"),
  waitingDays: 16,
  ...overrides,
});

describe("the supervisor's weekly reminder", () => {
  it("lists every waiting session in one message", () => {
    const message = confirmationsReminderMessage([
      entry(1),
      entry(2, { kind: "supervision", hours: 1.5, count: 1, waitingDays: 8 }),
    ]);
    expect(message.text).toBe(
      "Reminder: 2 sessions have been waiting more than a week for you to confirm or query them.",
    );
    const text = JSON.stringify(message.blocks);
    expect(text).toContain("• <@USAM>: Co-led session, 2 sessions on 2 Nov 2026 (waiting 16 days)");
    expect(text).toContain("• <@USAM>: Supervision session, 1.5 h on 2 Nov 2026 (waiting 8 days)");
    expect(text).toContain("at most once a week");
  });

  it("has Open on each session, then Confirm all and Remind me in a week", () => {
    const message = confirmationsReminderMessage([entry(1), entry(2)]);
    const blocks = message.blocks ?? [];
    expect(blocks[1]).toMatchObject({
      accessory: { action_id: SUPERVISION_IDS.openEntry, value: '{"id":1}' },
    });
    expect(blocks.find((b) => b.block_id === REMINDER_ACTIONS_BLOCK)).toMatchObject({
      elements: [
        {
          action_id: SUPERVISION_IDS.confirmAllFromReminder,
          text: { text: "Confirm all 2" },
          value: '{"entries":[[1,1],[2,1]]}',
        },
        { action_id: SUPERVISION_IDS.snoozeReminders, text: { text: "Remind me in a week" } },
      ],
    });
  });

  it("keeps a long list within a message: Open on the first ones, the rest summarised", () => {
    const entries = Array.from({ length: 150 }, (_, i) => entry(i + 1));
    const message = confirmationsReminderMessage(entries);
    const blocks = message.blocks ?? [];
    expect(blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
    const opens = blocks.filter((b) => b.type === "section" && b.accessory);
    expect(opens).toHaveLength(MAX_ENTRIES_WITH_OPEN);
    expect(JSON.stringify(blocks)).toContain("and 115 more…");
    expect(JSON.stringify(blocks)).toContain(`Confirm all ${MAX_CONFIRM_ALL}`);
  });
});

describe("the nudge after 8 weeks with nothing logged", () => {
  it("says since when, how to log, and has buttons to log a session and to turn nudges off", () => {
    const message = idleNudgeMessage("2026-09-17", "/balint");
    expect(message.text).toBe(
      "You haven't logged anything on your Balint pathway since 17 Sep 2026.",
    );
    expect(JSON.stringify(message.blocks)).toContain("`/balint log`");
    expect(message.blocks?.[1]).toEqual({
      type: "actions",
      block_id: "idle_nudge_actions",
      elements: [
        {
          type: "button",
          text: { type: "plain_text", text: "Log a session", emoji: true },
          action_id: SHARED_IDS.openLog,
          value: '{"from":"nudge"}',
          style: "primary",
        },
        {
          type: "button",
          text: { type: "plain_text", text: "Turn off these reminders", emoji: true },
          action_id: SHARED_IDS.toggleNudges,
          value: '{"on":false}',
        },
      ],
    });
  });
});
