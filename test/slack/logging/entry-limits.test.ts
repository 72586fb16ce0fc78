import { describe, expect, it } from "vitest";
import { ENTRY_LIMITS } from "../../../src/domain/entry-limits.ts";
import { entryFieldsInput } from "../../../src/services/entries/entry-fields.ts";
import { parseLogLine } from "../../../src/slack/features/logging/parse/parse-log-line.ts";
import {
  LOG_FIELDS,
  logModalView,
} from "../../../src/slack/features/logging/views/log-modal-view.ts";

const TODAY = "2026-11-26";
const CONTEXT = { today: TODAY, userId: "U0TRAINEE", command: "/balint" };
const { count, groupSessions, hours, noteLength, earliestDate } = ENTRY_LIMITS;

const parses = (line: string) => parseLogLine(line, CONTEXT).ok;
const schemaTakes = (fields: Record<string, unknown>) =>
  entryFieldsInput(TODAY).safeParse({ occurredOn: TODAY, ...fields }).success;

describe("ENTRY_LIMITS: the parser, the use cases and the form hold the same limits", () => {
  it("counts", () => {
    expect(parses(`group ${count.max}`)).toBe(true);
    expect(parses(`group ${count.max + 1}`)).toBe(false);
    expect(schemaTakes({ kind: "group_member", count: count.max })).toBe(true);
    expect(schemaTakes({ kind: "group_member", count: count.max + 1 })).toBe(false);
    expect(schemaTakes({ kind: "group_member", count: count.min - 1 })).toBe(false);
  });

  it("a weekend's small-group sessions", () => {
    expect(parses(`weekend ${groupSessions.max} sessions`)).toBe(true);
    expect(parses(`weekend ${groupSessions.max + 1} sessions`)).toBe(false);
    expect(schemaTakes({ kind: "weekend_member", groupSessions: groupSessions.max })).toBe(true);
    expect(schemaTakes({ kind: "weekend_member", groupSessions: groupSessions.max + 1 })).toBe(
      false,
    );
  });

  it("supervision hours", () => {
    const supervision = (h: number) =>
      schemaTakes({
        kind: "supervision",
        hours: h,
        counterpart: { teamId: "T1", userId: "U0LEADER1" },
      });
    const line = (h: number) => parses(`supervision ${h}h with <@U0LEADER1|dr.ahmed>`);
    for (const h of [hours.min, hours.max]) {
      expect(line(h)).toBe(true);
      expect(supervision(h)).toBe(true);
    }
    for (const h of [hours.max + hours.step, hours.min + hours.step / 2]) {
      expect(line(h)).toBe(false);
      expect(supervision(h)).toBe(false);
    }
  });

  it("notes and dates", () => {
    expect(parses(`group ${"n".repeat(noteLength)}`)).toBe(true);
    expect(parses(`group ${"n".repeat(noteLength + 1)}`)).toBe(false);
    expect(schemaTakes({ kind: "group_member", note: "n".repeat(noteLength + 1) })).toBe(false);
    expect(schemaTakes({ kind: "group_member", occurredOn: earliestDate })).toBe(true);
    expect(schemaTakes({ kind: "group_member", occurredOn: "1949-12-31" })).toBe(false);
    expect(parses("group 31/12/1949")).toBe(false);
  });

  it("the logging form's inputs", () => {
    const view = logModalView({ callbackId: "log", privateMetadata: "{}" });
    const element = (blockId: string) =>
      JSON.parse(JSON.stringify(view.blocks.find((b) => b.block_id === blockId))).element;
    expect(element(LOG_FIELDS.count)).toMatchObject({
      min_value: String(count.min),
      max_value: String(count.max),
    });
    expect(element(LOG_FIELDS.groupSessions)).toMatchObject({
      min_value: String(groupSessions.min),
      max_value: String(groupSessions.max),
    });
    expect(element(LOG_FIELDS.hours)).toMatchObject({
      min_value: String(hours.min),
      max_value: String(hours.max),
    });
    expect(element(LOG_FIELDS.note)).toMatchObject({ max_length: noteLength });
  });
});
