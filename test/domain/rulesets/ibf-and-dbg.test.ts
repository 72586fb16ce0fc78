import { describe, expect, it } from "vitest";
import { evaluate } from "../../../src/domain/evaluate.ts";
import type { CriterionStatus, TraineeFacts } from "../../../src/domain/progress.ts";
import { DBG } from "../../../src/domain/rulesets/dbg.ts";
import { IBF_2016_05 } from "../../../src/domain/rulesets/ibf-2016-05.ts";
import { entry, facts, resultFor } from "../fixtures/facts.ts";
import { weekly } from "./entries.ts";

describe("ibf-2016-05: qualitative, at the committee's discretion", () => {
  it("says what the committee will look at, the co-leader's reference included", () => {
    const evaluation = evaluate(IBF_2016_05, facts());
    const judged = evaluation.criteria.filter((c) => c.status === "discretion");
    expect(judged.map((c) => c.id)).toEqual(["member-experience", "co-leader-reference"]);
    expect(judged[1]?.explanation).toContain(
      "they will look at your co-leading with an accredited leader, and the report or reference that leader is invited to give",
    );
    expect(evaluation.missing).toEqual(["Supervisor's report", "Competencies"]);
  });

  it("is met with training, the supervisor's report and the five competencies", () => {
    const evaluation = evaluate(
      IBF_2016_05,
      facts({
        report: { submitted: true, readyToApply: true },
        competencies: {
          C1: "demonstrated",
          C2: "demonstrated",
          C3: "demonstrated",
          C4: "demonstrated",
          C5: "demonstrated",
        },
      }),
    );
    expect(evaluation.allMet).toBe(true);
  });
});

const ALL_DEMONSTRATED = {
  C1: "demonstrated",
  C2: "demonstrated",
  C3: "demonstrated",
  C4: "demonstrated",
  C5: "demonstrated",
} as const;

/** The IBF's text, trainee by trainee: only what it names is judged by the figures. */
const IBF_ROWS: { name: string; id: string; trainee: TraineeFacts; status: CriterionStatus }[] = [
  {
    name: "training described",
    id: "professional-training",
    trainee: facts(),
    status: "met",
  },
  {
    name: "training not yet described",
    id: "professional-training",
    trainee: facts({ profile: { professionalTraining: null } }),
    status: "missing",
  },
  {
    name: "no sessions as a member at all",
    id: "member-experience",
    trainee: facts(),
    status: "discretion",
  },
  {
    name: "two years of weekly member sessions: still the committee's judgement",
    id: "member-experience",
    trainee: facts({ entries: weekly("group_member", 100, "2024-01-01") }),
    status: "discretion",
  },
  {
    name: "co-leading with an accredited leader: judged with the reference",
    id: "co-leader-reference",
    trainee: facts({ entries: [entry("coled", { count: 20 })] }),
    status: "discretion",
  },
  {
    name: "no supervisor's report",
    id: "supervisor-report",
    trainee: facts(),
    status: "missing",
  },
  {
    name: 'a report saying "not yet"',
    id: "supervisor-report",
    trainee: facts({ report: { submitted: true, readyToApply: false } }),
    status: "in_progress",
  },
  {
    name: 'a report saying "ready to apply"',
    id: "supervisor-report",
    trainee: facts({ report: { submitted: true, readyToApply: true } }),
    status: "met",
  },
  {
    name: "four of five competencies demonstrated",
    id: "competencies",
    trainee: facts({ competencies: { ...ALL_DEMONSTRATED, C5: "developing" } }),
    status: "in_progress",
  },
  {
    name: "all five competencies demonstrated",
    id: "competencies",
    trainee: facts({ competencies: ALL_DEMONSTRATED }),
    status: "met",
  },
];

describe("ibf-2016-05 at its boundaries", () => {
  it.each(IBF_ROWS)("$name: $id is $status", ({ id, trainee, status }) => {
    expect(resultFor(IBF_2016_05, trainee, id).status).toBe(status);
  });
});

const START = "2025-01-01";
const dbgTrainee = (rest: Parameters<typeof facts>[0]) =>
  facts({ pathwayStartedOn: START, asOf: "2026-06-01", ...rest });
const qualified = (since: string | null) => ({
  answers: { psychotherapyQualification: true, psychotherapyQualifiedOn: since },
});
/** `n` group sessions of 90 minutes, a week apart from `from`. */
const doubleHours = (n: number, from: string) => weekly("group_member", n, from, { hours: 1.5 });
const seminar = (hours: number) => entry("leadership_course", { hours, occurredOn: "2025-03-01" });

interface Row {
  name: string;
  id: string;
  trainee: TraineeFacts;
  status: CriterionStatus;
  says?: string;
}

const ROWS: Row[] = [
  {
    name: "qualified 2 years 11 months ago",
    id: "psychotherapy-qualification",
    trainee: dbgTrainee({ profile: qualified("2023-07-02") }),
    status: "in_progress",
    says: "2 years 10 months so far (3 years on 2 Jul 2026)",
  },
  {
    name: "qualified 3 years ago to the day",
    id: "psychotherapy-qualification",
    trainee: dbgTrainee({ profile: qualified("2023-06-01") }),
    status: "met",
  },
  {
    name: "qualified, date not given",
    id: "psychotherapy-qualification",
    trainee: dbgTrainee({ profile: qualified(null) }),
    status: "in_progress",
    says: "we do not know when you obtained it",
  },
  {
    name: "qualification not answered",
    id: "psychotherapy-qualification",
    trainee: dbgTrainee({}),
    status: "missing",
  },
  {
    name: "34 double hours before training starts",
    id: "group-before-training",
    trainee: dbgTrainee({ entries: doubleHours(34, "2024-01-01") }),
    status: "in_progress",
    says: "needed before your leader training starts",
  },
  {
    name: "35 double hours before training starts",
    id: "group-before-training",
    trainee: dbgTrainee({ entries: doubleHours(35, "2024-01-01") }),
    status: "met",
  },
  {
    name: "35 double hours, one of them after the start",
    id: "group-before-training",
    trainee: dbgTrainee({ entries: doubleHours(35, "2024-05-10") }),
    status: "in_progress",
  },
  {
    name: "70 double hours from the start",
    id: "group-during-training",
    trainee: dbgTrainee({ entries: doubleHours(70, START) }),
    status: "met",
  },
  {
    name: "69 double hours from the start, one session without hours",
    id: "group-during-training",
    trainee: dbgTrainee({ entries: [...doubleHours(69, START), entry("group_member")] }),
    status: "in_progress",
    says: "1 of them without hours",
  },
  {
    name: "6 seminars of 29 double hours",
    id: "leaders-seminars",
    trainee: dbgTrainee({
      entries: [seminar(7.5), seminar(7.5), seminar(7.5), seminar(7.5), seminar(7.5), seminar(6)],
    }),
    status: "in_progress",
    says: "29 of 30 double hours",
  },
  {
    name: "6 seminars of 30 double hours",
    id: "leaders-seminars",
    trainee: dbgTrainee({ entries: Array.from({ length: 6 }, () => seminar(7.5)) }),
    status: "met",
  },
  {
    name: "5 seminars of 30 double hours",
    id: "leaders-seminars",
    trainee: dbgTrainee({ entries: Array.from({ length: 5 }, () => seminar(9)) }),
    status: "in_progress",
    says: "5 of 6 leaders' seminars",
  },
];

describe("dbg, from the verified parts of the society's text", () => {
  it.each(ROWS)("$name: $id is $status", ({ id, trainee, status, says }) => {
    const result = resultFor(DBG, trainee, id);
    expect(result.status).toBe(status);
    if (says) expect(result.explanation).toContain(says);
  });

  it("shows what was not retrieved as not yet known, never as missing", () => {
    const evaluation = evaluate(DBG, dbgTrainee({}));
    const unknown = evaluation.criteria.filter((c) => c.unit === "not yet known");
    expect(unknown.map((c) => c.title)).toEqual([
      "Supervised leading",
      "Supervision",
      "Completion (any colloquium)",
    ]);
    for (const c of unknown) {
      expect(c.status).toBe("discretion");
      expect(c.explanation).toContain("not yet known");
      expect(evaluation.missing).not.toContain(c.title);
    }
  });
});
