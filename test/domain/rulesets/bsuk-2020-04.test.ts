import { describe, expect, it } from "vitest";
import { evaluate } from "../../../src/domain/evaluate.ts";
import type { CriterionStatus, TraineeFacts } from "../../../src/domain/progress.ts";
import { BSUK_2016_02 } from "../../../src/domain/rulesets/bsuk-2016-02.ts";
import { BSUK_2020_04 } from "../../../src/domain/rulesets/bsuk-2020-04.ts";
import { entry, facts, logged, resultFor } from "../fixtures/facts.ts";

interface Row {
  name: string;
  id: string;
  trainee: TraineeFacts;
  status: CriterionStatus;
  says?: string;
}

const ROWS: Row[] = [
  {
    name: "19 group sessions without psychodynamic training",
    id: "member-experience",
    trainee: facts({ entries: [logged("group_member", 19)] }),
    status: "in_progress",
  },
  {
    name: "20 group sessions without psychodynamic training",
    id: "member-experience",
    trainee: facts({ entries: [logged("group_member", 20)] }),
    status: "met",
  },
  {
    name: "7 group sessions with psychodynamic training",
    id: "member-experience",
    trainee: facts({
      profile: { psychoanalyticTraining: true },
      entries: [logged("group_member", 7)],
    }),
    status: "in_progress",
    says: "with psychoanalytic or psychodynamic training",
  },
  {
    name: "2 weekends with psychodynamic training",
    id: "member-experience",
    trainee: facts({
      profile: { psychoanalyticTraining: true },
      entries: [entry("weekend_member"), entry("weekend_member")],
    }),
    status: "met",
  },
  {
    name: "member sessions, none led by an accredited leader",
    id: "led-by-accredited",
    trainee: facts({ entries: [logged("group_member", 20)] }),
    status: "missing",
  },
  {
    name: "a member session led by an accredited leader",
    id: "led-by-accredited",
    trainee: facts({
      entries: [logged("group_member", 1, "confirmed", { counterpartAccredited: true })],
    }),
    status: "met",
  },
  {
    name: "19 co-led sessions",
    id: "co-leading",
    trainee: facts({ entries: [logged("coled", 19)] }),
    status: "in_progress",
  },
  {
    name: "20 co-led and led sessions",
    id: "co-leading",
    trainee: facts({ entries: [logged("coled", 12), logged("led_supervised", 8)] }),
    status: "met",
  },
  {
    name: "two training days: the courses met, no two-day event",
    id: "two-day-event",
    trainee: facts({ entries: [logged("training_day", 2)] }),
    status: "missing",
    says: "Desirable, not essential",
  },
  {
    name: "a weekend leadership course: the two-day event",
    id: "two-day-event",
    trainee: facts({ entries: [logged("leadership_course", 1)] }),
    status: "met",
  },
  {
    name: "professional training, for the committee",
    id: "professional-training",
    trainee: facts(),
    status: "discretion",
    says: "other professions, such as clergy and teachers",
  },
];

describe("bsuk-2020-04, from the society's April 2020 text", () => {
  it.each(ROWS)("$name: $id is $status", ({ id, trainee, status, says }) => {
    const result = resultFor(BSUK_2020_04, trainee, id);
    expect(result.status).toBe(status);
    if (says) expect(result.explanation).toContain(says);
  });

  it("keeps 2016's numbers", () => {
    const needs = (r: typeof BSUK_2016_02) =>
      r.criteria.flatMap((c) => (c.kind === "count" && c.id === "co-leading" ? [c.need] : []));
    expect(needs(BSUK_2020_04)).toEqual(needs(BSUK_2016_02));
    expect(BSUK_2020_04.sessionsPerWeekend).toBe(BSUK_2016_02.sessionsPerWeekend);
  });

  it("names competencies still to show in the 2020 words, and says its day is assumed", () => {
    const result = resultFor(BSUK_2020_04, facts(), "competencies");
    expect(result.explanation).toContain("C1 A safe and free environment");
    expect(BSUK_2020_04.competencyWording?.C1?.text).toContain("frame and boundaries");
    expect(BSUK_2020_04.inForceFromAssumed).toContain("assumes 1 April 2020");
  });

  it("does not count the preferred two-day event as missing", () => {
    const evaluation = evaluate(BSUK_2020_04, facts({ entries: [logged("training_day", 2)] }));
    expect(evaluation.missing).not.toContain("A two-day event");
    expect(evaluation.missing).not.toContain("Leadership courses");
  });
});
