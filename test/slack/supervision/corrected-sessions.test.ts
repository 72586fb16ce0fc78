import { describe, expect, it } from "vitest";
import { confirmationsReminderMessage } from "../../../src/slack/features/scheduled/views/confirmations-reminder.ts";
import { SUPERVISION_IDS } from "../../../src/slack/features/supervision/ids.ts";
import {
  CORRECTED_TITLE,
  correctedSessionsModal,
  MAX_CORRECTED_SHOWN,
} from "../../../src/slack/features/supervision/views/confirmations/corrected-sessions.ts";
import {
  shownEntriesValue,
  shownEntryValue,
} from "../../../src/slack/features/supervision/views/confirmations/entry-values.ts";
import { SLACK_LIMITS } from "../../../src/slack/views/limits.ts";
import { confirmationEntry } from "./fixtures.ts";

type Element = { action_id?: string; value?: string };
const buttons = (blocks: readonly object[]): Element[] =>
  blocks.flatMap((block) => {
    const { elements = [], accessory } = block as { elements?: Element[]; accessory?: Element };
    return [...elements, ...(accessory ? [accessory] : [])];
  });

describe("the corrected sessions modal", () => {
  it("says nothing was confirmed and shows the session now, its Confirm for this version", () => {
    const entry = confirmationEntry({ id: 7, version: 3, count: 20 });
    const view = correctedSessionsModal([entry], 0, "Europe/London");
    expect(view.title.text).toBe(CORRECTED_TITLE);
    const text = JSON.stringify(view.blocks);
    expect(text).toContain("*Nothing was confirmed.* The trainee corrected this session");
    expect(text).toContain("20 sessions");
    expect(text).not.toContain("still waiting");
    const confirm = buttons(view.blocks).find((b) => b.action_id === SUPERVISION_IDS.confirmEntry);
    expect(shownEntryValue.parse(JSON.parse(confirm?.value ?? ""))).toEqual({ id: 7, version: 3 });
  });

  it("names the others chosen with them, and keeps within a modal's blocks", () => {
    const many = Array.from({ length: MAX_CORRECTED_SHOWN + 2 }, (_, i) =>
      confirmationEntry({ id: i + 1, version: 2, trainee: { id: 100 + i, slackUserId: `U${i}` } }),
    );
    const view = correctedSessionsModal(many, 1, "Europe/London");
    const text = JSON.stringify(view.blocks);
    expect(text).toContain("The other session you chose is still waiting for you too.");
    expect(text).toContain("2 more corrected sessions are in your direct messages");
    expect(view.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerView);
  });
});

describe("Confirm all's value", () => {
  it("carries 100 entries with their versions within Slack's 2,000 characters", () => {
    const entries = Array.from({ length: 100 }, (_, i) => ({
      id: 9_000_000 + i,
      version: 999,
      kind: "coled" as const,
      occurredOn: "2026-11-02",
      count: 1,
      hours: null,
      trainee: { personId: 1, slackTeamId: "T1", slackUserId: "USAM", displayName: "Sam" },
      waitingSince: new Date("2026-11-10T10:00:00Z"),
      waitingDays: 16,
    }));
    const { blocks = [] } = confirmationsReminderMessage(entries);
    const all = buttons(blocks).find((b) => b.action_id === SUPERVISION_IDS.confirmAllFromReminder);
    expect(all?.value?.length).toBeLessThanOrEqual(SLACK_LIMITS.buttonValue);
    expect(shownEntriesValue.parse(JSON.parse(all?.value ?? "")).entries[99]).toEqual([
      9_000_099, 999,
    ]);
  });
});
