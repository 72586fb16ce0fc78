import { describe, expect, it } from "vitest";
import { AppError } from "../../src/domain/app-error.ts";
import type { Ruleset, Tally } from "../../src/domain/ruleset.ts";
import { BSUK_2016_02 } from "../../src/domain/rulesets/bsuk-2016-02.ts";
import {
  findRuleset,
  getRuleset,
  RULESETS,
  rulesetForStartDate,
} from "../../src/domain/rulesets/index.ts";
import { TEST_2030_01 } from "./fixtures/test-2030-01.ts";

describe("the rulesets", () => {
  it("knows bsuk-2016-02 from the society's February 2016 criteria", () => {
    expect(RULESETS).toContain(BSUK_2016_02);
    expect(BSUK_2016_02).toMatchObject({
      id: "bsuk-2016-02",
      source: "Balint Society UK criteria, February 2016",
      inForceFrom: "2016-02-01",
      sessionsPerWeekend: 5,
    });
    expect(BSUK_2016_02.note).toContain("guidelines and not prescriptive rules");
  });

  it.each([...RULESETS, TEST_2030_01])("$id has unique criterion ids and positive needs", (r) => {
    const ids = r.criteria.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const tallies = r.criteria.flatMap((c): readonly Tally[] => {
      if (c.kind === "count") return [c];
      if (c.kind === "alternatives") return [...c.whenYes.options, ...c.whenNo.options];
      return [];
    });
    for (const tally of tallies) expect(tally.need).toBeGreaterThan(0);
  });

  it("finds a ruleset by id, and refuses an unknown one", () => {
    expect(getRuleset("bsuk-2016-02")).toBe(BSUK_2016_02);
    expect(findRuleset("nope")).toBeUndefined();
    expect(() => getRuleset("nope")).toThrow(AppError);
  });
});

describe("rulesetForStartDate", () => {
  const both: readonly Ruleset[] = [TEST_2030_01, BSUK_2016_02];

  it("picks the ruleset in force on the start date", () => {
    expect(rulesetForStartDate("2026-11-20")).toBe(BSUK_2016_02);
    expect(rulesetForStartDate("2029-12-31", both)).toBe(BSUK_2016_02);
    expect(rulesetForStartDate("2030-01-01", both)).toBe(TEST_2030_01);
    expect(rulesetForStartDate("2031-06-01", both)).toBe(TEST_2030_01);
  });

  it("uses the oldest ruleset for a start before any is in force", () => {
    expect(rulesetForStartDate("2010-05-01", both)).toBe(BSUK_2016_02);
  });

  it("rejects a start date that is not YYYY-MM-DD", () => {
    expect(() => rulesetForStartDate("20/11/2026")).toThrow(RangeError);
  });
});
