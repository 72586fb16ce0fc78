import { describe, expect, it } from "vitest";
import { LOGGING_IDS } from "../../../src/slack/features/logging/ids.ts";
import {
  type LoggedFacts,
  loggedMessage,
  undoneMessage,
} from "../../../src/slack/features/logging/views/logged-message.ts";
import { loggedModalView } from "../../../src/slack/features/logging/views/logged-modal.ts";
import {
  type SessionRow,
  sessionsBlocks,
} from "../../../src/slack/features/logging/views/sessions-view.ts";
import { settingsBlocks } from "../../../src/slack/features/logging/views/settings-view.ts";
import { SHARED_IDS } from "../../../src/slack/ids.ts";
import { expectWithinLimits, readable } from "./limits.ts";

const coled: LoggedFacts = {
  entry: {
    id: 7,
    kind: "coled",
    occurredOn: "2026-11-20",
    count: 2,
    hours: null,
    mode: null,
    format: null,
    state: "claimed",
    hasNote: false,
  },
  namedUserId: "U0LEADER1",
  needsConfirmation: true,
  confirmerUserId: "U0LEADER1",
  confirmerIsSupervisorInstead: false,
  noConfirmer: null,
  sessionsPerWeekend: 5,
  hasProfile: true,
  command: "/balint",
};

describe("loggedMessage", () => {
  it("says what was recorded and who confirms, with Undo", () => {
    const message = loggedMessage(coled);
    expect(message.text).toBe("Logged 2 co-led sessions on 20 Nov 2026.");
    expect(message.blocks).toEqual([
      {
        type: "section",
        text: {
          type: "mrkdwn",
          text: ":white_check_mark: Logged *2 co-led sessions on 20 Nov 2026* with <@U0LEADER1>.\nIt stays claimed until <@U0LEADER1> confirms it; I've asked them.",
        },
      },
      {
        type: "actions",
        block_id: LOGGING_IDS.undoBlock,
        elements: [
          {
            type: "button",
            text: { type: "plain_text", text: "Undo", emoji: true },
            action_id: LOGGING_IDS.undo,
            value: '{"id":7}',
            style: "danger",
          },
        ],
      },
      {
        type: "context",
        elements: [{ type: "mrkdwn", text: "`/balint sessions` lists what you have logged." }],
      },
    ]);
  });

  it("says when the supervisor confirms instead, or that nobody can yet", () => {
    const instead = readable(
      loggedMessage({ ...coled, confirmerUserId: "U0SUPER", confirmerIsSupervisorInstead: true })
        .blocks ?? [],
    );
    expect(instead).toContain(
      "<@U0LEADER1> is not on the register of accredited leaders, so your supervisor <@U0SUPER> confirms it instead.",
    );
    const nobody = readable(
      loggedMessage({
        ...coled,
        confirmerUserId: null,
        noConfirmer: { reason: "no_counterpart", counterpart: null },
      }).blocks ?? [],
    );
    expect(nobody).toContain(
      "Nobody can confirm this entry yet. It stays claimed; ask a supervisor with `/balint supervisor @person`.",
    );
    const notALeader = readable(
      loggedMessage({
        ...coled,
        command: "/pathway",
        confirmerUserId: null,
        noConfirmer: {
          reason: "counterpart_not_accredited",
          counterpart: { userId: "U0LEADER1", displayName: "Dr Ahmed" },
        },
      }).blocks ?? [],
    );
    expect(notALeader).toContain(
      "<@U0LEADER1> is not on the register of accredited leaders and you have no supervisor yet",
    );
    expect(notALeader).toContain("`/pathway supervisor @person`");
  });

  it("shows how a weekend counts under both member-experience options, and the assumption", () => {
    const weekend: LoggedFacts = {
      ...coled,
      entry: {
        ...coled.entry,
        kind: "weekend_member",
        count: 1,
        state: "confirmed",
        hasNote: true,
      },
      namedUserId: null,
      needsConfirmation: false,
      confirmerUserId: null,
      sessionsPerWeekend: 4,
    };
    const text = readable(loggedMessage(weekend).blocks ?? []);
    expect(text).toContain("Logged *1 Balint Society weekend as a member on 20 Nov 2026*.");
    expect(text).toContain("Nobody needs to confirm it: it counts straight away.");
    expect(text).toContain(
      "For *experience as a group member* it counts both ways: 4 small-group sessions towards the sessions option, and 1 weekend towards the weekends option (with psychoanalytic training).",
    );
    expect(text).toContain(
      "4 small-group sessions is an assumption: the usual number at a weekend, which the leadership team may change.",
    );
    const given = readable(
      loggedMessage({ ...weekend, entry: { ...weekend.entry, groupSessions: 3 } }).blocks ?? [],
    );
    expect(given).toContain(
      "Logged *1 Balint Society weekend as a member (3 small-group sessions)",
    );
    expect(given).toContain("3 small-group sessions towards the sessions option");
    expect(given).not.toContain("assumption");
    expect(text).toContain("Your private note is saved: only you and your supervisor see it.");
    // It counts on the trainee's word alone, so they can still take it back.
    expect(JSON.stringify(loggedMessage(weekend).blocks)).toContain(LOGGING_IDS.undo);
  });

  it("describes supervision by its hours, mode and format", () => {
    const supervision = loggedMessage({
      ...coled,
      entry: {
        ...coled.entry,
        kind: "supervision",
        count: 1,
        hours: 1.5,
        mode: "video",
        format: "individual",
      },
    });
    expect(supervision.text).toBe(
      "Logged 1.5 hours of supervision (by video, individual) on 20 Nov 2026.",
    );
  });

  it("asks a first-time user, gently, to complete their profile", () => {
    const blocks = loggedMessage({ ...coled, hasProfile: false }).blocks ?? [];
    expect(blocks[1]).toMatchObject({
      type: "section",
      text: { text: expect.stringContaining("complete your profile") },
      accessory: { action_id: SHARED_IDS.openProfile, text: { text: "Complete your profile" } },
    });
    expectWithinLimits(blocks, 50);
  });

  it("shows the same in the modal after a submit, and the undone state", () => {
    const view = loggedModalView(coled, "U0TRAINEE");
    expect(view).toMatchObject({
      type: "modal",
      title: { text: "Logged" },
      close: { text: "Done" },
    });
    expect(view.blocks).toEqual(loggedMessage(coled).blocks);
    expect(undoneMessage(coled.entry, true).text).toBe(
      "Undone: 2 co-led sessions on 20 Nov 2026 is withdrawn and no longer counts.",
    );
    expect(undoneMessage(coled.entry, false).text).toBe(
      "That entry (2 co-led sessions on 20 Nov 2026) was already withdrawn.",
    );
  });
});

const row = (overrides: Partial<SessionRow>): SessionRow => ({
  id: 1,
  kind: "coled",
  occurredOn: "2026-11-20",
  count: 2,
  hours: null,
  mode: null,
  format: null,
  state: "claimed",
  queryReason: null,
  confirmerUserId: "U0LEADER1",
  confirmerIsSupervisorInstead: false,
  hasNote: false,
  withdrawable: true,
  ...overrides,
});

describe("sessionsBlocks", () => {
  it("shows each entry's state, and Withdraw (with a confirm dialog) where it is allowed", () => {
    const blocks = sessionsBlocks(
      [
        row({ id: 1 }),
        row({ id: 2, state: "queried", queryReason: "I wasn't there that week" }),
        row({
          id: 3,
          kind: "group_member",
          state: "confirmed",
          confirmerUserId: null,
          count: 3,
          hasNote: true,
        }),
        row({ id: 4, state: "withdrawn", withdrawable: false }),
        row({ id: 5, state: "confirmed", withdrawable: false }),
      ],
      { command: "/balint", limit: 20 },
    );
    expect(blocks[0]).toMatchObject({ type: "header", text: { text: "Your sessions" } });
    expect(blocks[1]).toEqual({
      type: "section",
      text: {
        type: "mrkdwn",
        text: "*20 Nov 2026* · 2 co-led sessions\n:hourglass_flowing_sand: Claimed: awaiting confirmation by <@U0LEADER1>",
      },
      accessory: {
        type: "button",
        text: { type: "plain_text", text: "Withdraw", emoji: true },
        action_id: LOGGING_IDS.withdraw,
        value: '{"id":1}',
        confirm: {
          title: { type: "plain_text", text: "Withdraw this entry?", emoji: true },
          text: {
            type: "plain_text",
            text: "2 co-led sessions on 20 Nov 2026 will no longer count.",
            emoji: true,
          },
          confirm: { type: "plain_text", text: "Withdraw", emoji: true },
          deny: { type: "plain_text", text: "Keep it", emoji: true },
          style: "danger",
        },
      },
    });
    expect(readable(blocks.slice(2, 3))).toContain(
      ":grey_question: Queried by <@U0LEADER1>: “I wasn't there that week”",
    );
    expect(blocks[2]).toHaveProperty("accessory");
    expect(readable(blocks.slice(3, 4))).toContain(
      "3 group sessions as a member · with a private note\n:white_check_mark: Confirmed",
    );
    // Stored confirmed on the trainee's own word: they can still withdraw it.
    expect(blocks[3]).toHaveProperty("accessory.action_id", LOGGING_IDS.withdraw);
    expect(readable(blocks.slice(4, 5))).toContain(":heavy_multiplication_x: Withdrawn");
    expect(blocks[4]).not.toHaveProperty("accessory");
    expect(readable(blocks.slice(5, 6))).toContain(":white_check_mark: Confirmed by <@U0LEADER1>");
    expect(blocks[5]).not.toHaveProperty("accessory");
  });

  it("names who confirms a claimed entry: the supervisor instead, or nobody yet", () => {
    const blocks = sessionsBlocks(
      [
        row({ id: 1, confirmerUserId: "U0SUPER", confirmerIsSupervisorInstead: true }),
        row({ id: 2, confirmerUserId: null }),
      ],
      { command: "/balint", limit: 20 },
    );
    expect(readable(blocks.slice(1, 2))).toContain(
      "Claimed: awaiting confirmation by your supervisor <@U0SUPER>",
    );
    expect(readable(blocks.slice(2, 3))).toContain("Claimed: nobody can confirm it yet");
  });

  it("stays within a message's 50 blocks at the limit, and says how to start when empty", () => {
    const many = Array.from({ length: 20 }, (_, i) => row({ id: i + 1 }));
    const blocks = sessionsBlocks(many, { command: "/balint", limit: 20, notice: "Withdrawn." });
    expect(blocks[0]).toMatchObject({ type: "section", text: { text: "Withdrawn." } });
    expect(readable(blocks)).toContain("Your 20 most recent entries.");
    expectWithinLimits(blocks, 50);
    expect(readable(sessionsBlocks([], { command: "/balint", limit: 20 }))).toContain(
      "You haven't logged anything yet. `/balint log group 3 yesterday`",
    );
  });
});

describe("settingsBlocks", () => {
  it("shows the reminders setting with a toggle that says what it will do", () => {
    expect(settingsBlocks(false)).toEqual([
      { type: "header", text: { type: "plain_text", text: "Settings", emoji: true } },
      {
        type: "section",
        text: {
          type: "mrkdwn",
          text: "*Reminders to log* are on. If nothing is logged for eight weeks, I send you a gentle reminder.",
        },
        accessory: {
          type: "button",
          text: { type: "plain_text", text: "Turn off", emoji: true },
          action_id: SHARED_IDS.toggleNudges,
          value: '{"on":false}',
        },
      },
    ]);
    expect(settingsBlocks(true)[1]).toMatchObject({
      text: { text: expect.stringContaining("are off") },
      accessory: { text: { text: "Turn on" }, value: '{"on":true}' },
    });
  });
});
