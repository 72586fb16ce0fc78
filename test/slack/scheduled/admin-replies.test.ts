import { describe, expect, it } from "vitest";
import {
  digestPostedReply,
  remindersSentReply,
} from "../../../src/slack/features/scheduled/views/admin-replies.ts";

describe("the admin's private replies", () => {
  it("says an empty digest is being posted, and that the scheduled one still runs", () => {
    const reply = digestPostedReply(
      {
        now: new Date("2026-11-30T09:00:00Z"),
        timeZone: "Europe/London",
        since: new Date("2026-11-23T09:00:00Z"),
        pending: [],
        unanswered: [],
        decisions: [],
      },
      "C0SUBCOMM",
    );
    expect(reply).toBe(
      "Posting the digest to <#C0SUBCOMM>: a quiet week, nothing waiting. This week's scheduled digest still goes out as usual.",
    );
  });

  it("counts reminders sent and already sent", () => {
    const reply = remindersSentReply({
      supervisors: { sent: 2, alreadySent: 1 },
      sessionsListed: 5,
      nudges: { sent: 0, alreadySent: 3 },
    });
    expect(reply).toBe(
      [
        "Reminders run now.",
        "• 2 supervisors reminded about 5 sessions waiting over a week; 1 already reminded this week.",
        "• 0 trainees nudged after 8 weeks with nothing logged; 3 already nudged for this quiet spell.",
        "Today's scheduled reminders still run as usual.",
      ].join("\n"),
    );
  });
});
