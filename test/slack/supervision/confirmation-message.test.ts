import { describe, expect, it } from "vitest";
import {
  confirmationRequestMessage,
  MAX_ENTRIES_SHOWN,
} from "../../../src/slack/features/supervision/views/confirmations/confirmation-message.ts";
import { SLACK_LIMITS } from "../../../src/slack/views/limits.ts";
import { actionIds, confirmationEntry, textOf } from "./fixtures.ts";

const TZ = "Europe/London";

describe("confirmationRequestMessage", () => {
  it("shows one waiting entry with Confirm and Query, and no Confirm all", () => {
    const message = confirmationRequestMessage([confirmationEntry()], TZ);
    expect(message.text).toBe("<@UTRAINEE> asks you to confirm 1 session.");
    expect(actionIds(message.blocks)).toEqual([
      "supervision_entry_confirm",
      "supervision_entry_query",
    ]);
    expect(textOf(message.blocks)).toContain("*Co-led session · 20 Nov 2026*");
    expect(textOf(message.blocks)).toContain("Co-leader named: <@UAHMED>");
    expect(message.blocks?.[2]).toMatchObject({ type: "actions", block_id: "entry_1" });
  });

  it("offers Confirm all for the waiting entries only, naming their ids", () => {
    const message = confirmationRequestMessage(
      [
        confirmationEntry({ id: 1 }),
        confirmationEntry({ id: 2, occurredOn: "2026-11-21" }),
        confirmationEntry({
          id: 3,
          state: "confirmed",
          decidedBy: { id: 20, slackUserId: "UAHMED" },
          decidedAt: new Date("2026-07-01T09:05:00Z"),
        }),
      ],
      TZ,
    );
    expect(message.text).toBe("<@UTRAINEE> asks you to confirm 2 sessions.");
    const confirmAll = message.blocks?.find((b) => b.block_id === "confirm_all");
    expect(textOf(confirmAll)).toContain("Confirm all 2");
    expect(textOf(confirmAll)).toContain(
      JSON.stringify(
        JSON.stringify({
          entries: [
            [1, 1],
            [2, 1],
          ],
        }),
      ).slice(1, -1),
    );
    // Summer time: 09:05 UTC is 10:05 in London.
    expect(textOf(message.blocks)).toContain("Confirmed by <@UAHMED> on 1 Jul 2026 at 10:05.");
  });

  it("shows queries with their reason and withdrawals, and thanks when all are answered", () => {
    const message = confirmationRequestMessage(
      [
        confirmationEntry({
          state: "queried",
          queryReason: "Was it the 13th?",
          decidedBy: { id: 20, slackUserId: "UAHMED" },
          decidedAt: new Date("2026-11-26T10:00:00Z"),
        }),
        confirmationEntry({ id: 2, state: "withdrawn" }),
      ],
      TZ,
    );
    expect(message.text).toBe("<@UTRAINEE>'s sessions: all answered. Thank you.");
    expect(textOf(message.blocks)).toContain(
      'Queried by <@UAHMED> on 26 Nov 2026 at 10:00: \\"Was it the 13th?\\"',
    );
    expect(textOf(message.blocks)).toContain("Withdrawn by <@UTRAINEE>.");
    expect(actionIds(message.blocks)).toEqual([]);
  });

  it("says when the supervisor is asked instead, and flags a late accreditation", () => {
    const instead = confirmationRequestMessage(
      [
        confirmationEntry({
          counterpart: { id: 30, slackUserId: "UNEW", accreditedOn: null },
          confirmer: { id: 20, slackUserId: "UAHMED" },
          supervisorInstead: true,
        }),
      ],
      TZ,
    );
    expect(textOf(instead.blocks)).toContain(
      "<@UNEW> is not on the register of accredited leaders, so you are asked as <@UTRAINEE>'s supervisor.",
    );
    const late = confirmationRequestMessage(
      [
        confirmationEntry({
          counterpart: { id: 20, slackUserId: "UAHMED", accreditedOn: "2026-11-21" },
        }),
      ],
      TZ,
    );
    expect(textOf(late.blocks)).toContain("joined the register on 21 Nov 2026, after this session");
  });

  it("describes supervision by hours, mode and format", () => {
    const message = confirmationRequestMessage(
      [
        confirmationEntry({
          kind: "supervision",
          hours: 1.5,
          mode: "face_to_face",
          format: "group",
        }),
      ],
      TZ,
    );
    expect(textOf(message.blocks)).toContain(
      "Supervision session · 20 Nov 2026 · 1.5 hours, face to face, group",
    );
    expect(textOf(message.blocks)).toContain("Supervisor named: <@UAHMED>");
  });

  it("says so when the DM no longer carries any entry", () => {
    const message = confirmationRequestMessage([], TZ);
    expect(message.text).toContain("no longer waiting for you");
  });

  it("stays within Slack's 50 blocks however many entries wait", () => {
    const many = Array.from({ length: 60 }, (_, i) => confirmationEntry({ id: i + 1 }));
    const message = confirmationRequestMessage(many, TZ);
    expect(message.blocks?.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
    expect(
      actionIds(message.blocks).filter((id) => id === "supervision_entry_confirm"),
    ).toHaveLength(MAX_ENTRIES_SHOWN);
    expect(message.text).toBe("<@UTRAINEE> asks you to confirm 60 sessions.");
    expect(textOf(message.blocks)).toContain("38 more sessions are not shown here");
  });
});
