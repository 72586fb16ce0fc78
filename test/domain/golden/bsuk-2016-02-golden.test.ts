import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../../src/domain/evaluate.ts";
import type { TraineeFacts } from "../../../src/domain/progress.ts";
import { BSUK_2016_02 } from "../../../src/domain/rulesets/bsuk-2016-02.ts";
import { entry, facts, logged } from "../fixtures/facts.ts";

const ALL_DEMONSTRATED = {
  C1: "demonstrated",
  C2: "demonstrated",
  C3: "demonstrated",
  C4: "demonstrated",
  C5: "demonstrated",
} as const;

/**
 * A fixed set of UK trainees with varied facts. Their bsuk-2016-02 results are committed in
 * bsuk-2016-02.golden.json: a change to the rules model must leave them exactly as they are.
 */
const TRAINEES: Record<string, TraineeFacts> = {
  "nothing answered, nothing logged": facts({
    profile: {
      ukBalintMember: null,
      professionalTraining: null,
      psychoanalyticTraining: null,
    },
  }),
  "answered, nothing logged": facts(),
  "not a member, blank training": facts({
    profile: { ukBalintMember: false, professionalTraining: "   " },
  }),
  "membership confirmed by the society": facts({
    profile: { membershipConfirmedOn: "2026-03-02" },
  }),
  "psychoanalytic, 7 group sessions and 1 weekend with 3 sessions": facts({
    profile: { psychoanalyticTraining: true, psychoanalyticTrainingDetails: "Tavistock course" },
    entries: [logged("group_member", 7), entry("weekend_member", { groupSessions: 3 })],
  }),
  "psychoanalytic, 2 weekends claimed": facts({
    profile: { psychoanalyticTraining: true },
    entries: [
      entry("weekend_member", { state: "claimed" }),
      entry("weekend_member", { state: "claimed" }),
    ],
  }),
  "no psychoanalytic training, 19 sessions, weekends assumed": facts({
    entries: [logged("group_member", 9), entry("weekend_member"), entry("weekend_member")],
  }),
  "branch unanswered, 20 group sessions": facts({
    profile: { psychoanalyticTraining: null },
    entries: [logged("group_member", 20)],
  }),
  "co-led 19 confirmed, 3 claimed, some accredited": facts({
    entries: [
      logged("coled", 12, "confirmed", { counterpartAccredited: true }),
      logged("led_supervised", 7, "confirmed", { counterpartAccredited: true }),
      logged("coled", 3, "claimed", { counterpartAccredited: true }),
      logged("coled", 4, "queried"),
      logged("coled", 5, "withdrawn"),
    ],
  }),
  "courses: one course and one training day": facts({
    entries: [
      logged("leadership_course", 1),
      logged("training_day", 1),
      logged("peer_workshop", 2),
    ],
  }),
  "supervision hours, no supervisor": facts({
    entries: [
      entry("supervision", { hours: 1.5 }),
      entry("supervision", { hours: 0.1, state: "claimed" }),
      entry("supervision", { hours: 0.2 }),
    ],
  }),
  "supervisor in place, report says not yet, competencies mixed": facts({
    hasActiveSupervisor: true,
    competencies: { C1: "demonstrated", C2: "developing", C4: "not_observed" },
    report: { submitted: true, readyToApply: false },
    entries: [entry("supervision", { hours: 3, hasNote: true })],
  }),
  "report started, not submitted": facts({
    hasActiveSupervisor: true,
    report: { submitted: false, readyToApply: false },
  }),
  "everything done": facts({
    entries: [
      logged("group_member", 20, "confirmed", { hasNote: true }),
      logged("coled", 20, "confirmed", { counterpartAccredited: true }),
      logged("leadership_course", 2),
      entry("supervision", { hours: 12 }),
    ],
    hasActiveSupervisor: true,
    competencies: ALL_DEMONSTRATED,
    report: { submitted: true, readyToApply: true },
  }),
  "everything done but no notes": facts({
    entries: [
      logged("group_member", 20),
      logged("coled", 20),
      logged("training_day", 2),
      entry("supervision", { hours: 6 }),
    ],
    hasActiveSupervisor: true,
    competencies: ALL_DEMONSTRATED,
    report: { submitted: true, readyToApply: true },
  }),
};

describe("bsuk-2016-02 golden results", () => {
  it("stays exactly as committed for a fixed set of trainees", () => {
    const results = Object.fromEntries(
      Object.entries(TRAINEES).map(([name, trainee]) => [name, evaluate(BSUK_2016_02, trainee)]),
    );
    const golden = JSON.parse(
      readFileSync(new URL("./bsuk-2016-02.golden.json", import.meta.url), "utf8"),
    );
    expect(Object.keys(golden).length).toBeGreaterThanOrEqual(12);
    // Round-tripped so that undefined fields compare as the JSON file holds them.
    expect(JSON.parse(JSON.stringify(results))).toEqual(golden);
  });
});
