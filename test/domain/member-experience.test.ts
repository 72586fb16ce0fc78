import { describe, expect, it } from "vitest";
import type { EntryFacts } from "../../src/domain/progress.ts";
import { BSUK_2016_02 } from "../../src/domain/rulesets/bsuk-2016-02.ts";
import { facts, logged, resultFor } from "./fixtures/facts.ts";

const ID = "member-experience";
const withTraining = (...entries: EntryFacts[]) =>
  resultFor(BSUK_2016_02, facts({ profile: { psychoanalyticTraining: true }, entries }), ID);
const withoutTraining = (...entries: EntryFacts[]) =>
  resultFor(BSUK_2016_02, facts({ profile: { psychoanalyticTraining: false }, entries }), ID);

describe("experience as a group member, with psychoanalytic training", () => {
  it("is in progress at 7 group sessions", () => {
    const result = withTraining(logged("group_member", 7));
    expect(result).toMatchObject({ status: "in_progress", have: 7, need: 8, unit: "sessions" });
    expect(result.explanation).toBe(
      "Experience as a group member, with psychoanalytic training: 7 of 8 group sessions, weekends included, or 0 of 2 Balint Society weekends as a member.",
    );
    expect(result.profileQuestion).toBeUndefined();
  });

  it("is met at 8 group sessions", () => {
    expect(withTraining(logged("group_member", 8))).toMatchObject({ status: "met", have: 8 });
  });

  it("is in progress at 1 weekend (5 sessions)", () => {
    const result = withTraining(logged("weekend_member", 1));
    expect(result).toMatchObject({ status: "in_progress", have: 5, need: 8 });
  });

  it("is met at 2 weekends", () => {
    expect(withTraining(logged("weekend_member", 2)).status).toBe("met");
  });

  it("counts weekend sessions towards the 8: 1 weekend and 3 sessions is met", () => {
    const result = withTraining(logged("weekend_member", 1), logged("group_member", 3));
    expect(result).toMatchObject({ status: "met", have: 8, need: 8 });
  });

  it("is missing with nothing logged", () => {
    expect(withTraining()).toMatchObject({ status: "missing", have: 0 });
  });
});

describe("experience as a group member, without psychoanalytic training", () => {
  it("is in progress at 19 sessions (3 weekends × 5 + 4 sessions)", () => {
    const result = withoutTraining(logged("weekend_member", 3), logged("group_member", 4));
    expect(result).toMatchObject({ status: "in_progress", have: 19, need: 20, confirmed: 19 });
    expect(result.explanation).toBe(
      "Experience as a group member, without psychoanalytic training: 19 of 20 group sessions, weekends included (4 group sessions + 3 weekends × 5).",
    );
  });

  it("is met at 20 sessions (3 weekends × 5 + 5 sessions)", () => {
    const result = withoutTraining(logged("weekend_member", 3), logged("group_member", 5));
    expect(result).toMatchObject({ status: "met", have: 20, need: 20 });
  });

  it("does not accept 2 weekends alone", () => {
    expect(withoutTraining(logged("weekend_member", 2))).toMatchObject({
      status: "in_progress",
      have: 10,
    });
  });

  it("ignores kinds that are not member sessions", () => {
    expect(withoutTraining(logged("coled", 20), logged("peer_workshop", 3)).status).toBe("missing");
  });
});

describe("experience as a group member, psychoanalytic training not answered", () => {
  const unknown = (...entries: EntryFacts[]) =>
    resultFor(BSUK_2016_02, facts({ profile: { psychoanalyticTraining: null }, entries }), ID);

  it("asks the question and explains both branches", () => {
    const result = unknown(logged("group_member", 7));
    expect(result.profileQuestion).toBe("Tell us whether you have psychoanalytic training.");
    expect(result.explanation).toContain("with psychoanalytic training, 7 of 8 group sessions");
    expect(result.explanation).toContain("without psychoanalytic training, 7 of 20 group sessions");
  });

  it("shows the less advanced branch's numbers", () => {
    expect(unknown(logged("group_member", 8))).toMatchObject({
      status: "in_progress",
      have: 8,
      need: 20,
    });
  });

  it("is met only when every answer would meet it", () => {
    const result = unknown(logged("group_member", 20));
    expect(result).toMatchObject({ status: "met", have: 20, need: 20 });
    expect(result.profileQuestion).toBeDefined();
  });

  it("is missing with nothing logged", () => {
    expect(unknown().status).toBe("missing");
  });
});
