import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/domain/evaluate.ts";
import { BSUK_2016_02 } from "../../src/domain/rulesets/bsuk-2016-02.ts";
import { entry, facts, logged } from "./fixtures/facts.ts";
import { TEST_2030_01 } from "./fixtures/test-2030-01.ts";

const EVERYTHING_DONE = facts({
  entries: [
    logged("group_member", 20, "confirmed", { hasNote: true }),
    logged("coled", 20, "confirmed", { counterpartAccredited: true }),
    logged("leadership_course", 2),
    entry("supervision", { hours: 12 }),
  ],
  hasActiveSupervisor: true,
  competencies: {
    C1: "demonstrated",
    C2: "demonstrated",
    C3: "demonstrated",
    C4: "demonstrated",
    C5: "demonstrated",
  },
  report: { submitted: true, readyToApply: true },
});

describe("evaluate against bsuk-2016-02", () => {
  it("lists every criterion in the ruleset's order", () => {
    const evaluation = evaluate(BSUK_2016_02, facts());
    expect(evaluation.rulesetId).toBe("bsuk-2016-02");
    expect(evaluation.criteria.map((c) => c.id)).toEqual([
      "membership",
      "professional-training",
      "member-experience",
      "co-leading",
      "leadership-courses",
      "supervision",
      "competencies",
      "portfolio",
      "supervisor-report",
    ]);
  });

  it("is all met when everything is done; the portfolio (discretion) does not block", () => {
    const evaluation = evaluate(BSUK_2016_02, EVERYTHING_DONE);
    expect(evaluation.missing).toEqual([]);
    expect(evaluation.allMet).toBe(true);
    expect(evaluation.criteria.find((c) => c.id === "portfolio")?.status).toBe("discretion");
  });

  it("makes an empty portfolio a gap to acknowledge, worded as the committee's judgement (issue 10, 7)", () => {
    const noNotes = {
      ...EVERYTHING_DONE,
      entries: EVERYTHING_DONE.entries.map((e) => ({ ...e, hasNote: false })),
    };
    const evaluation = evaluate(BSUK_2016_02, noNotes);
    // It used to stay out of the gaps, so apply went through with nothing to acknowledge.
    expect(evaluation.missing).toEqual(["Portfolio"]);
    expect(evaluation.allMet).toBe(false);
    const portfolio = evaluation.criteria.find((c) => c.id === "portfolio");
    expect(portfolio).toMatchObject({ status: "discretion", gap: true });
    expect(portfolio?.explanation).toContain("The leadership subcommittee judges the portfolio");
  });

  it("keeps a not-ready report among the gaps (issue 10, 1)", () => {
    const evaluation = evaluate(BSUK_2016_02, {
      ...EVERYTHING_DONE,
      report: { submitted: true, readyToApply: false },
    });
    expect(evaluation.missing).toEqual(["Supervision", "Supervisor's report"]);
  });

  it("names what is missing or in progress", () => {
    const evaluation = evaluate(BSUK_2016_02, {
      ...EVERYTHING_DONE,
      entries: EVERYTHING_DONE.entries.filter((e) => e.kind !== "leadership_course"),
      report: null,
    });
    expect(evaluation.allMet).toBe(false);
    expect(evaluation.missing).toEqual([
      "Leadership courses",
      "Supervision",
      "Supervisor's report",
    ]);
  });

  it("shows peer supervision workshops for information only", () => {
    const evaluation = evaluate(BSUK_2016_02, facts({ entries: [logged("peer_workshop", 2)] }));
    expect(evaluation.informational).toEqual([
      {
        id: "peer-workshops",
        title: "Leaders' peer supervision workshops",
        count: 2,
        unit: "workshops",
        explanation:
          "Leaders' peer supervision workshops: 2 logged (part of the society's training programme; not required for accreditation).",
      },
    ]);
    const counted = evaluation.criteria.filter((c) => c.unit !== "answer" && c.have > 0);
    expect(counted).toEqual([]);
  });

  it("gives a one-line explanation for every criterion", () => {
    for (const trainee of [facts(), EVERYTHING_DONE]) {
      for (const result of evaluate(BSUK_2016_02, trainee).criteria) {
        expect(result.explanation).not.toMatch(/\n/);
        expect(result.explanation).toMatch(/\.$/);
      }
    }
  });

  it("is pure: the same facts give the same result", () => {
    expect(evaluate(BSUK_2016_02, EVERYTHING_DONE)).toEqual(
      evaluate(BSUK_2016_02, EVERYTHING_DONE),
    );
  });
});

describe("a second ruleset, evaluated by the same code", () => {
  it("needs 30 member sessions, weekends counting as its own sessionsPerWeekend (4)", () => {
    const trainee = facts({ entries: [logged("weekend_member", 7), logged("group_member", 1)] });
    const evaluation = evaluate(TEST_2030_01, trainee);
    expect(evaluation.rulesetId).toBe("test-2030-01");
    expect(evaluation.criteria.find((c) => c.id === "member-sessions")).toMatchObject({
      status: "in_progress",
      have: 29,
      need: 30,
    });
    expect(evaluation.missing).toEqual(["Member group sessions", "Leadership courses"]);
  });

  it("is all met with 30 sessions and a single training day", () => {
    const trainee = facts({
      entries: [logged("weekend_member", 7), logged("group_member", 2), logged("training_day", 1)],
    });
    const evaluation = evaluate(TEST_2030_01, trainee);
    expect(evaluation.allMet).toBe(true);
    expect(evaluation.informational).toEqual([]);
  });
});
