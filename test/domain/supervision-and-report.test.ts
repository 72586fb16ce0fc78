import { describe, expect, it } from "vitest";
import { BSUK_2016_02 } from "../../src/domain/rulesets/bsuk-2016-02.ts";
import { entry, facts, resultFor } from "./fixtures/facts.ts";

describe("supervision", () => {
  const supervision = (overrides: Parameters<typeof facts>[0]) =>
    resultFor(BSUK_2016_02, facts(overrides), "supervision");

  it("is missing with no supervisor and nothing logged", () => {
    expect(supervision({})).toMatchObject({ status: "missing", have: 0, need: 0 });
  });

  it("is in progress once a supervisor is in place", () => {
    expect(supervision({ hasActiveSupervisor: true }).status).toBe("in_progress");
  });

  it("shows hours, confirmed and awaiting confirmation", () => {
    const result = supervision({
      hasActiveSupervisor: true,
      entries: [
        entry("supervision", { hours: 5 }),
        entry("supervision", { hours: 1.5, state: "claimed" }),
        entry("supervision", { hours: 2, state: "queried" }),
      ],
    });
    expect(result).toMatchObject({
      status: "in_progress",
      have: 6.5,
      confirmed: 5,
      claimed: 1.5,
      unit: "hours",
    });
    expect(result.explanation).toBe(
      "Supervision: 6.5 hours logged (5 confirmed, 1.5 awaiting confirmation); supervisor in place; it continues until your supervisor writes the report.",
    );
  });

  it("is met once the supervisor's report is submitted", () => {
    const result = supervision({
      entries: [entry("supervision", { hours: 10 })],
      report: { submitted: true, readyToApply: true },
    });
    expect(result).toMatchObject({ status: "met", have: 10 });
  });

  it("stays in progress, in the supervisor's word, when the latest report says not yet", () => {
    // Issue 10, 1: a "not ready" report used to meet supervision ("your supervisor has written
    // the report").
    const result = supervision({
      hasActiveSupervisor: true,
      report: { submitted: true, readyToApply: false },
    });
    expect(result.status).toBe("in_progress");
    expect(result.explanation).toBe(
      "Supervision: 0 hours logged; supervisor in place; your supervisor's latest report says not yet, so it continues.",
    );
  });

  it("is not met by a report that is not submitted", () => {
    const result = supervision({
      hasActiveSupervisor: true,
      report: { submitted: false, readyToApply: false },
    });
    expect(result.status).toBe("in_progress");
  });
});

describe("competencies", () => {
  const competencies = (ratings: Parameters<typeof facts>[0]) =>
    resultFor(BSUK_2016_02, facts(ratings), "competencies");

  it("is missing with no ratings", () => {
    expect(competencies({})).toMatchObject({ status: "missing", have: 0, need: 5 });
  });

  it("counts only the latest rating 'demonstrated'", () => {
    const result = competencies({
      competencies: {
        C1: "demonstrated",
        C2: "demonstrated",
        C3: "developing",
        C4: "not_observed",
      },
    });
    expect(result).toMatchObject({ status: "in_progress", have: 2, need: 5, confirmed: 2 });
    expect(result.explanation).toBe(
      "Competencies 2 of 5 demonstrated; still to show: C3 Group and unconscious processes (developing), C4 Open to learning about their own style, C5 Ongoing development.",
    );
  });

  it("is met when all five are demonstrated", () => {
    const result = competencies({
      competencies: {
        C1: "demonstrated",
        C2: "demonstrated",
        C3: "demonstrated",
        C4: "demonstrated",
        C5: "demonstrated",
      },
    });
    expect(result).toMatchObject({ status: "met", have: 5 });
  });
});

describe("portfolio", () => {
  it("is always for the subcommittee to judge, counting entries with a note", () => {
    const result = resultFor(
      BSUK_2016_02,
      facts({
        entries: [
          entry("group_member", { hasNote: true }),
          entry("coled", { hasNote: true, state: "claimed" }),
          entry("coled", { hasNote: true, state: "withdrawn" }),
          entry("weekend_member"),
        ],
      }),
      "portfolio",
    );
    expect(result).toMatchObject({ status: "discretion", have: 2, confirmed: 1, claimed: 1 });
    expect(result.explanation).toContain("leadership subcommittee judges");
  });

  it("is discretion even with no notes", () => {
    expect(resultFor(BSUK_2016_02, facts(), "portfolio")).toMatchObject({
      status: "discretion",
      have: 0,
    });
  });
});

describe("supervisor's report", () => {
  const report = (value: Parameters<typeof facts>[0]) =>
    resultFor(BSUK_2016_02, facts(value), "supervisor-report");

  it("is missing before the supervisor starts it", () => {
    expect(report({ report: null })).toMatchObject({ status: "missing", have: 0, need: 1 });
  });

  it("is in progress while not submitted", () => {
    expect(report({ report: { submitted: false, readyToApply: false } }).status).toBe(
      "in_progress",
    );
  });

  it("is met only when the latest report says ready; a not-ready report keeps it in progress", () => {
    const ready = report({ report: { submitted: true, readyToApply: true } });
    const notReady = report({ report: { submitted: true, readyToApply: false } });
    expect(ready).toMatchObject({ status: "met", have: 1 });
    expect(ready.explanation).toContain("says you are ready to apply");
    // Issue 10, 1: a report saying "not yet" used to count as met.
    expect(notReady).toMatchObject({ status: "in_progress", have: 0 });
    expect(notReady.explanation).toBe(
      "Supervisor's report: not ready; your supervisor's latest report says not yet.",
    );
  });
});

describe("profile criteria", () => {
  it("membership: met when declared, missing when not, a question when unanswered", () => {
    const member = (ukBalintMember: boolean | null) =>
      resultFor(BSUK_2016_02, facts({ profile: { ukBalintMember } }), "membership");
    expect(member(true)).toMatchObject({ status: "met", have: 1, need: 1 });
    expect(member(true).profileQuestion).toBeUndefined();
    expect(member(false)).toMatchObject({ status: "missing", have: 0 });
    expect(member(null).profileQuestion).toBe(
      "Tell us whether you are a member of the UK Balint Society.",
    );
  });

  it("membership: says whether the society confirmed it or it is self-declared (issue 10, 9)", () => {
    const member = (membershipConfirmedOn: string | null) =>
      resultFor(
        BSUK_2016_02,
        facts({ profile: { ukBalintMember: true, membershipConfirmedOn } }),
        "membership",
      );
    expect(member(null)).toMatchObject({ status: "met" });
    expect(member(null).explanation).toBe("Member of the UK Balint Society: self-declared.");
    expect(member("2026-03-01").explanation).toBe(
      "Member of the UK Balint Society: confirmed by the society on 1 Mar 2026.",
    );
  });

  it("professional training: met when written, a question when blank", () => {
    const training = (professionalTraining: string | null) =>
      resultFor(
        BSUK_2016_02,
        facts({ profile: { professionalTraining } }),
        "professional-training",
      );
    const written = training("  Nursing,\n mental health  ");
    expect(written.status).toBe("met");
    expect(written.explanation).toBe("Professional training: Nursing, mental health.");
    expect(training("   ")).toMatchObject({ status: "missing" });
    expect(training(null).profileQuestion).toContain("professional training");
  });
});
