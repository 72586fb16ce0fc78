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
      "Experience as a group member, with psychoanalytic training: 7 of 8 group sessions, weekends included, counting group sessions as a member, and the small-group sessions attended at Balint Society weekends (during or after professional training), or 0 of 2 Balint Society weekends as a member, counting weekends attended as an ordinary group member.",
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
      "Experience as a group member, without psychoanalytic training: 19 of 20 group sessions, weekends included (4 group sessions + 3 weekends = 15 small-group sessions, assuming 5 at each: the usual number, which the leadership team may count differently), counting sessions in an ongoing group, and the small-group sessions attended at Balint Society weekends.",
    );
  });

  it("counts the small-group sessions a weekend entry records (issue 10, 5)", () => {
    const result = withoutTraining(
      logged("weekend_member", 1, "confirmed", { groupSessions: 3 }),
      logged("weekend_member", 1),
    );
    expect(result).toMatchObject({ have: 8, confirmed: 8 });
    expect(result.explanation).toContain(
      "2 weekends = 8 small-group sessions, assuming 5 at 1 of them: the usual number, which the leadership team may count differently",
    );
    const given = withoutTraining(logged("weekend_member", 1, "confirmed", { groupSessions: 6 }));
    expect(given.explanation).toContain("1 weekend = 6 small-group sessions)");
    expect(given.explanation).not.toContain("assuming");
  });

  it("says what counts in each option, with the training the trainee named (issue 10, 5 and 8)", () => {
    const result = resultFor(
      BSUK_2016_02,
      facts({
        profile: {
          psychoanalyticTraining: true,
          psychoanalyticTrainingDetails: "Psychoanalytic psychotherapy, 4 years",
        },
        entries: [logged("weekend_member", 1)],
      }),
      "member-experience",
    );
    expect(result.explanation).toContain(
      "with psychoanalytic training (Psychoanalytic psychotherapy, 4 years): 5 of 8 group sessions",
    );
    expect(result.explanation).toContain(
      "or 1 of 2 Balint Society weekends as a member, counting weekends attended as an ordinary group member",
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
