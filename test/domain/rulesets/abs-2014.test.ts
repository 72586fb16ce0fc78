import { describe, expect, it } from "vitest";
import { addMonths } from "../../../src/domain/dates.ts";
import { evaluate } from "../../../src/domain/evaluate.ts";
import type { CriterionStatus, EntryFacts, TraineeFacts } from "../../../src/domain/progress.ts";
import { ABS_2014 } from "../../../src/domain/rulesets/abs-2014.ts";
import { entry, facts, resultFor } from "../fixtures/facts.ts";
import { weekly } from "./entries.ts";

const START = "2024-01-10";
const onPathway = (rest: Partial<TraineeFacts>) =>
  facts({ pathwayStartedOn: START, asOf: "2026-02-01", ...rest });

/** One co-led session in each of `months` months from the start, skipping the months listed. */
function monthly(months: number, skip: readonly number[] = []): EntryFacts[] {
  return Array.from({ length: months }, (_, i) => i)
    .filter((i) => !skip.includes(i))
    .map((i) => entry("coled", { occurredOn: addMonths("2024-01-15", i) }));
}

const intensive = (occurredOn: string) => entry("leadership_course", { occurredOn });

interface Row {
  name: string;
  id: string;
  trainee: TraineeFacts;
  status: CriterionStatus;
  says?: string;
}

const ROWS: Row[] = [
  {
    name: "11 recorded supervision sessions in 2 years",
    id: "recorded-supervision",
    trainee: onPathway({
      asOf: "2025-12-01",
      entries: weekly("supervision", 11, "2024-02-01", { recorded: true }),
    }),
    status: "in_progress",
    says: "11 of 12 supervision sessions on recorded groups in this 2-year period",
  },
  {
    name: "11 recorded supervision sessions in 2 years, now past them",
    id: "recorded-supervision",
    trainee: onPathway({ entries: weekly("supervision", 11, "2024-02-01", { recorded: true }) }),
    status: "in_progress",
    says: "short of 12: 2-year period 1 (from 10 Jan 2024) had 11",
  },
  {
    name: "12 recorded supervision sessions in 2 years",
    id: "recorded-supervision",
    trainee: onPathway({ entries: weekly("supervision", 12, "2024-02-01", { recorded: true }) }),
    status: "met",
  },
  {
    name: "12 supervision sessions, one of them not recorded",
    id: "recorded-supervision",
    trainee: onPathway({
      entries: [
        ...weekly("supervision", 11, "2024-02-01", { recorded: true }),
        entry("supervision", { occurredOn: "2025-06-01", recorded: false }),
      ],
    }),
    status: "in_progress",
  },
  {
    name: "12 recorded sessions, but spread over two 2-year periods",
    id: "recorded-supervision",
    trainee: onPathway({
      asOf: "2026-03-01",
      entries: [
        ...weekly("supervision", 6, "2025-11-01", { recorded: true }),
        ...weekly("supervision", 6, "2026-01-12", { recorded: true }),
      ],
    }),
    status: "in_progress",
  },
  {
    name: "leading every month for 24 months",
    id: "leading-monthly",
    trainee: onPathway({ entries: monthly(24) }),
    status: "met",
  },
  {
    name: "leading for 24 months with month 12 missed",
    id: "leading-monthly",
    trainee: onPathway({ entries: monthly(25, [11]) }),
    status: "in_progress",
    says: "month 12 (from 10 Dec 2024) had 0",
  },
  {
    name: "leading for 25 months with the first month missed",
    id: "leading-monthly",
    trainee: onPathway({ asOf: "2026-03-01", entries: monthly(25, [0]) }),
    status: "met",
  },
  {
    name: "leading for 23 months",
    id: "leading-monthly",
    trainee: onPathway({ asOf: "2025-12-20", entries: monthly(23) }),
    status: "in_progress",
    says: "(month 24 of 24)",
  },
  {
    name: "the first intensive before applying",
    id: "first-intensive",
    trainee: onPathway({ appliedOn: "2025-10-01", entries: [intensive("2023-11-20")] }),
    status: "met",
  },
  {
    name: "the intensive on the day of applying",
    id: "first-intensive",
    trainee: onPathway({ appliedOn: "2025-10-01", entries: [intensive("2025-10-01")] }),
    status: "met",
  },
  {
    name: "the intensive after applying",
    id: "first-intensive",
    trainee: onPathway({ appliedOn: "2025-10-01", entries: [intensive("2025-10-02")] }),
    status: "missing",
    says: "counted up to the day you applied",
  },
  {
    name: "an intensive, not applied yet",
    id: "first-intensive",
    trainee: onPathway({ entries: [intensive("2025-10-02")] }),
    status: "met",
    says: "needed before you apply",
  },
  {
    name: "two intensives of three",
    id: "intensives",
    trainee: onPathway({ entries: [intensive("2023-11-20"), intensive("2025-04-01")] }),
    status: "in_progress",
  },
  {
    name: "three intensives, the last after applying",
    id: "intensives",
    trainee: onPathway({
      appliedOn: "2025-10-01",
      entries: [intensive("2023-11-20"), intensive("2025-04-01"), intensive("2026-01-20")],
    }),
    status: "met",
  },
];

describe("abs-2014, from the society's text", () => {
  it.each(ROWS)("$name: $id is $status", ({ id, trainee, status, says }) => {
    const result = resultFor(ABS_2014, trainee, id);
    expect(result.status).toBe(status);
    if (says) expect(result.explanation).toContain(says);
  });

  it("leaves the debriefing and the credentialing intensive to the society's judgement", () => {
    const evaluation = evaluate(ABS_2014, onPathway({}));
    const judged = evaluation.criteria.filter((c) => c.status === "discretion");
    expect(judged.map((c) => c.id)).toEqual(["debriefing", "credentialing-intensive"]);
    expect(judged[0]?.explanation).toContain("they will look at how you debriefed");
    expect(evaluation.missing).not.toContain("Debriefing with the co-leader");
  });

  it("says its date is assumed", () => {
    expect(ABS_2014.society).toBe("American Balint Society");
    expect(ABS_2014.inForceFromAssumed).toContain("undated");
  });
});
