import { describe, expect, it } from "vitest";
import type { ListedLeader } from "../../../src/services/register/list-leaders.ts";
import { queryModal } from "../../../src/slack/features/supervision/views/confirmations/query-modal.ts";
import {
  entryPhrase,
  entrySummary,
  formatMoment,
} from "../../../src/slack/features/supervision/views/entry-text.ts";
import { leadersListMessage } from "../../../src/slack/features/supervision/views/leaders-list.ts";
import {
  supervisionAnsweredMessage,
  supervisionOutcomeMessage,
  supervisionRequestMessage,
} from "../../../src/slack/features/supervision/views/supervision-request.ts";
import { SLACK_LIMITS } from "../../../src/slack/views/limits.ts";
import { noticeModal } from "../../../src/slack/views/notice-modal.ts";
import { actionIds, confirmationEntry, textOf } from "./fixtures.ts";

function leader(i: number): ListedLeader {
  return {
    personId: i,
    slackTeamId: "T1",
    slackUserId: `U${i}`,
    displayName: `Leader ${i}`,
    accreditedOn: "2019-05-01",
  };
}

describe("entry text", () => {
  it("summarises entries in plain words", () => {
    const base = { occurredOn: "2026-11-20", count: 1, hours: null, mode: null, format: null };
    expect(entrySummary({ ...base, kind: "coled", count: 2 })).toBe(
      "Co-led session · 20 Nov 2026 · 2 sessions",
    );
    expect(
      entrySummary({ ...base, kind: "supervision", hours: 1, mode: "video", format: "individual" }),
    ).toBe("Supervision session · 20 Nov 2026 · 1 hour, video, individual");
    expect(entryPhrase({ ...base, kind: "led_supervised" })).toBe(
      "session led under supervision on 20 Nov 2026",
    );
  });

  it("writes moments in the society's time zone", () => {
    expect(formatMoment(new Date("2026-11-26T10:00:00Z"), "Europe/London")).toBe(
      "26 Nov 2026 at 10:00",
    );
    expect(formatMoment(new Date("2026-06-30T23:30:00Z"), "Europe/London")).toBe(
      "1 Jul 2026 at 00:30",
    );
  });
});

describe("leadersListMessage", () => {
  it("says how to add the first leader", () => {
    expect(leadersListMessage([], "/balint").text).toContain("/balint admin leader add @person");
  });

  it("splits a long register into sections within Slack's limits", () => {
    const message = leadersListMessage(
      Array.from({ length: 120 }, (_, i) => leader(i + 1)),
      "/balint",
    );
    expect(message.blocks).toHaveLength(3);
    expect(textOf(message.blocks)).toContain("<@U120>, accredited on 1 May 2019");
    for (const block of message.blocks ?? []) {
      expect(textOf(block).length).toBeLessThan(SLACK_LIMITS.sectionText);
    }
  });
});

describe("supervision request messages", () => {
  it("asks with Accept and Decline carrying the request id", () => {
    const message = supervisionRequestMessage("USAM", 7);
    expect(actionIds(message.blocks)).toEqual([
      "supervision_request_accept",
      "supervision_request_decline",
    ]);
    expect(textOf(message.blocks)).toContain(
      JSON.stringify(JSON.stringify({ id: 7 })).slice(1, -1),
    );
  });

  it("shows the answer without buttons", () => {
    const answered = supervisionAnsweredMessage({
      traineeUserId: "USAM",
      supervisorUserId: "UAHMED",
      state: "declined",
      respondedAt: new Date("2026-11-26T10:00:00Z"),
      timeZone: "Europe/London",
    });
    expect(answered.text).toBe(
      ":no_entry_sign: <@UAHMED> declined to supervise <@USAM> on 26 Nov 2026 at 10:00.",
    );
    expect(actionIds(answered.blocks)).toEqual([]);
  });

  it("tells the trainee the outcome, and how to ask someone else", () => {
    const declined = supervisionOutcomeMessage({
      supervisorUserId: "UAHMED",
      accepted: false,
      endedPrevious: false,
      command: "/balint",
    });
    expect(declined.text).toContain("/balint leaders");
    const accepted = supervisionOutcomeMessage({
      supervisorUserId: "UAHMED",
      accepted: true,
      endedPrevious: true,
      command: "/balint",
    });
    expect(accepted.text).toContain("history is kept");
  });
});

describe("modals", () => {
  it("asks the reason for a query, within Slack's limits, naming the entry", () => {
    const view = queryModal(confirmationEntry({ id: 42 }));
    expect(JSON.parse(view.private_metadata ?? "")).toEqual({ entryId: 42, version: 1 });
    expect(textOf(view.blocks)).toContain("<@UTRAINEE>'s *Co-led session · 20 Nov 2026*");
    expect(view.blocks.find((b) => b.type === "input")?.block_id).toBe("reason");
  });

  it("keeps a notice's title within 24 characters", () => {
    expect(
      noticeModal("A title that is far too long for Slack", "x").title.text.length,
    ).toBeLessThanOrEqual(SLACK_LIMITS.modalTitle);
  });
});
