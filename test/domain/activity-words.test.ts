import { describe, expect, it } from "vitest";
import { ACTIVITY_KINDS, needsConfirmation } from "../../src/domain/activity.ts";
import {
  countNoun,
  KIND_WORDS,
  kindFromWord,
  kindLabel,
  kindNoun,
  kindWord,
  shortKindNoun,
} from "../../src/domain/activity-words.ts";
import { parseLogLine } from "../../src/slack/features/logging/parse/parse-log-line.ts";

const CONTEXT = { today: "2026-11-26", userId: "U0TRAINEE", command: "/balint" };

describe("the one table of words for the activity kinds", () => {
  it("has words for every kind, and nothing else", () => {
    expect(Object.keys(KIND_WORDS).sort()).toEqual([...ACTIVITY_KINDS].sort());
  });

  it("gives each label its in-sentence noun, and a plural unlike the singular", () => {
    for (const kind of ACTIVITY_KINDS) {
      const { label, singular, plural } = KIND_WORDS[kind];
      expect(label.toLowerCase()).toBe(singular.toLowerCase());
      expect(plural).not.toBe(singular);
    }
  });

  it("keeps every alias lower case and for one kind only", () => {
    const aliases = ACTIVITY_KINDS.flatMap((kind) => KIND_WORDS[kind].aliases);
    expect(new Set(aliases).size).toBe(aliases.length);
    for (const alias of aliases) expect(alias).toBe(alias.toLowerCase());
  });

  it("finds each kind from any of its aliases, in any case", () => {
    for (const kind of ACTIVITY_KINDS) {
      for (const alias of KIND_WORDS[kind].aliases) {
        expect(kindFromWord(alias)).toBe(kind);
        expect(kindFromWord(alias.toUpperCase())).toBe(kind);
      }
    }
    expect(kindFromWord("nap")).toBeUndefined();
  });

  it("words amounts and unknown kinds", () => {
    expect(kindNoun("coled", 1)).toBe("co-led session");
    expect(kindNoun("coled", 3)).toBe("co-led sessions");
    expect(shortKindNoun("weekend_member", 3)).toBe("weekends");
    expect(shortKindNoun("coled", 1)).toBe("co-led session");
    expect(countNoun("leadership_course", 1)).toBe("course");
    expect(countNoun("training_day")).toBe("training days");
    expect(kindWord("training_day")).toBe("trainingday");
    expect(kindLabel("supervision")).toBe("Supervision session");
    expect(kindLabel("retired_kind")).toBe("retired_kind");
  });
});

describe("the one-line parser", () => {
  it("accepts every alias of every kind", () => {
    for (const kind of ACTIVITY_KINDS) {
      const details = [
        kind === "supervision" ? "1h" : "",
        needsConfirmation(kind) ? "with <@U0LEADER1|dr.ahmed>" : "",
      ].join(" ");
      for (const alias of KIND_WORDS[kind].aliases) {
        const result = parseLogLine(`${alias} ${details}`, CONTEXT);
        expect(result, `${alias} ${details}`).toMatchObject({ ok: true, entry: { kind } });
      }
    }
  });
});
