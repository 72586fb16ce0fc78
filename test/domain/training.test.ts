import { describe, expect, it } from "vitest";
import type { EntryFacts } from "../../src/domain/progress.ts";
import { BSUK_2016_02 } from "../../src/domain/rulesets/bsuk-2016-02.ts";
import { facts, logged, resultFor } from "./fixtures/facts.ts";

const coLeading = (...entries: EntryFacts[]) =>
  resultFor(BSUK_2016_02, facts({ entries }), "co-leading");
const courses = (...entries: EntryFacts[]) =>
  resultFor(BSUK_2016_02, facts({ entries }), "leadership-courses");

describe("co-led sessions", () => {
  it("is in progress at 19 confirmed sessions", () => {
    expect(coLeading(logged("coled", 19))).toMatchObject({
      status: "in_progress",
      have: 19,
      need: 20,
      withAccreditedCounterpart: 0,
    });
  });

  it("is met at 20 without an accredited co-leader: preferred, not required", () => {
    const result = coLeading(logged("coled", 20));
    expect(result).toMatchObject({ status: "met", have: 20, withAccreditedCounterpart: 0 });
    expect(result.explanation).toBe(
      "Co-led sessions 20 of 20; 0 confirmed with an accredited leader.",
    );
  });

  it("is met at 20 with an accredited co-leader, and shows how many", () => {
    const result = coLeading(logged("coled", 20, "confirmed", { counterpartAccredited: true }));
    expect(result).toMatchObject({ status: "met", withAccreditedCounterpart: 20 });
  });

  it("counts sessions led under supervision with co-led ones", () => {
    const result = coLeading(
      logged("coled", 12, "confirmed", { counterpartAccredited: true }),
      logged("led_supervised", 8),
    );
    expect(result).toMatchObject({ status: "met", have: 20, withAccreditedCounterpart: 12 });
    expect(result.explanation).toBe(
      "Co-led sessions 20 of 20 (12 co-led sessions + 8 sessions led under supervision); 12 confirmed with an accredited leader.",
    );
  });

  it("shows confirmed and awaiting confirmation apart", () => {
    const result = coLeading(
      logged("coled", 9, "confirmed", { counterpartAccredited: true }),
      logged("coled", 3, "claimed"),
    );
    expect(result).toMatchObject({ have: 12, confirmed: 9, claimed: 3, status: "in_progress" });
    expect(result.explanation).toBe(
      "Co-led sessions 12 of 20 (9 confirmed, 3 awaiting confirmation); 9 confirmed with an accredited leader.",
    );
  });
});

describe("with an accredited leader (issue 10, 4)", () => {
  it("never counts sessions led under supervision, though the supervisor is accredited", () => {
    // They name the supervisor, who was not in the group: they used to show "3 with an accredited leader".
    const result = coLeading(
      logged("led_supervised", 3, "confirmed", { counterpartAccredited: true }),
    );
    expect(result).toMatchObject({
      have: 3,
      withAccreditedCounterpart: 0,
      withAccreditedClaimed: 0,
    });
    expect(result.explanation).toBe(
      "Co-led sessions 3 of 20; 0 confirmed with an accredited leader.",
    );
  });

  it("counts only confirmed co-led sessions, and shows claimed ones apart", () => {
    const result = coLeading(
      logged("coled", 4, "confirmed", { counterpartAccredited: true }),
      logged("coled", 2, "claimed", { counterpartAccredited: true }),
      logged("coled", 5, "confirmed"),
    );
    expect(result).toMatchObject({ withAccreditedCounterpart: 4, withAccreditedClaimed: 2 });
    expect(result.explanation).toContain(
      "; 4 confirmed with an accredited leader (2 more awaiting confirmation)",
    );
  });
});

describe("claimed, confirmed, queried and withdrawn entries", () => {
  it("20 claimed is in progress, awaiting confirmation", () => {
    const result = coLeading(logged("coled", 20, "claimed"));
    expect(result).toMatchObject({ status: "in_progress", have: 20, confirmed: 0, claimed: 20 });
    expect(result.explanation).toContain("0 confirmed, 20 awaiting confirmation");
    expect(result.explanation).toContain("met once confirmed");
  });

  it("19 confirmed and 1 claimed is not yet met", () => {
    const result = coLeading(logged("coled", 19), logged("coled", 1, "claimed"));
    expect(result).toMatchObject({ status: "in_progress", have: 20, confirmed: 19, claimed: 1 });
  });

  it("queried and withdrawn entries count nowhere", () => {
    const result = coLeading(
      logged("coled", 15, "queried"),
      logged("coled", 15, "withdrawn", { counterpartAccredited: true }),
    );
    expect(result).toMatchObject({
      status: "missing",
      have: 0,
      confirmed: 0,
      claimed: 0,
      withAccreditedCounterpart: 0,
    });
  });

  it("respects the state given even for kinds that are usually stored confirmed", () => {
    const trainee = facts({ entries: [logged("group_member", 20, "claimed")] });
    expect(resultFor(BSUK_2016_02, trainee, "member-experience")).toMatchObject({
      status: "in_progress",
      claimed: 20,
    });
  });
});

describe("leadership courses", () => {
  it("is in progress at 1 course", () => {
    expect(courses(logged("leadership_course", 1))).toMatchObject({
      status: "in_progress",
      have: 1,
      need: 2,
      unit: "courses",
    });
  });

  it("is met at 2 courses", () => {
    expect(courses(logged("leadership_course", 2)).status).toBe("met");
  });

  it("counts a training day as equivalent: 1 course + 1 training day is met", () => {
    const result = courses(logged("leadership_course", 1), logged("training_day", 1));
    expect(result).toMatchObject({ status: "met", have: 2 });
    expect(result.explanation).toBe(
      "Leadership courses 2 of 2 (1 weekend leadership course + 1 leaders' training day as equivalent).",
    );
  });

  it("is met at 2 training days", () => {
    expect(courses(logged("training_day", 2)).status).toBe("met");
  });

  it("records the equivalence as data", () => {
    const definition = BSUK_2016_02.criteria.find((c) => c.id === "leadership-courses");
    expect(definition).toMatchObject({
      kind: "count",
      terms: [
        { kind: "leadership_course", weight: 1 },
        { kind: "training_day", weight: 1, equivalentTo: "leadership_course" },
      ],
    });
  });
});
