import { describe, expect, it } from "vitest";
import { decisionNotice } from "../../../src/slack/features/supervision/views/confirmations/decision-notice.ts";
import { actionIds, confirmationEntry, textOf } from "./fixtures.ts";

describe("decisionNotice", () => {
  it("tells the trainee about one confirmation", () => {
    const notice = decisionNotice("UAHMED", [confirmationEntry({ state: "confirmed" })], "/balint");
    expect(notice.text).toBe(
      ":white_check_mark: <@UAHMED> confirmed your co-led session on 20 Nov 2026.",
    );
    expect(actionIds(notice.blocks)).toEqual([]);
  });

  it("lists several confirmations in one message", () => {
    const notice = decisionNotice(
      "UAHMED",
      [
        confirmationEntry({ state: "confirmed" }),
        confirmationEntry({ id: 2, state: "confirmed", occurredOn: "2026-11-21", count: 3 }),
      ],
      "/balint",
    );
    expect(notice.text).toContain("confirmed 2 of your sessions");
    expect(textOf(notice.blocks)).toContain("• co-led session (3) on 21 Nov 2026");
  });

  it("quotes a query's reason and offers to correct it", () => {
    const notice = decisionNotice(
      "UAHMED",
      [confirmationEntry({ state: "queried", queryReason: "Was it the 13th?\nOr the 6th?" })],
      "/balint",
    );
    expect(notice.text).toBe("<@UAHMED> queried your co-led session on 20 Nov 2026.");
    expect(textOf(notice.blocks)).toContain(">Was it the 13th?\\n>Or the 6th?");
    expect(actionIds(notice.blocks)).toEqual(["supervision_entry_resubmit"]);
    expect(textOf(notice.blocks)).toContain("/balint sessions");
  });
});
