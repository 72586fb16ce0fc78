import { describe, expect, it } from "vitest";
import type { OverdueEntry } from "../../../src/services/confirmations/list-overdue-confirmations.ts";
import { confirmationsReminderMessage } from "../../../src/slack/features/scheduled/views/confirmations-reminder.ts";
import { idleNudgeMessage } from "../../../src/slack/features/scheduled/views/idle-nudge.ts";
import { SHARED_IDS } from "../../../src/slack/ids.ts";

const entry = (id: number, overrides: Partial<OverdueEntry> = {}): OverdueEntry => ({
  id,
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

  it("summarises a long list", () => {
    const message = confirmationsReminderMessage(Array.from({ length: 26 }, (_, i) => entry(i)));
    expect(JSON.stringify(message.blocks)).toContain("and 6 more…");
  });
});

describe("the nudge after 8 weeks with nothing logged", () => {
  it("says since when, how to log, and has a button to turn nudges off", () => {
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
          text: { type: "plain_text", text: "Turn off these reminders", emoji: true },
          action_id: SHARED_IDS.toggleNudges,
          value: '{"on":false}',
        },
      ],
    });
  });
});
