import { describe, expect, it } from "vitest";
import { evaluate } from "../../../src/domain/evaluate.ts";
import type { CriterionStatus, TraineeFacts } from "../../../src/domain/progress.ts";
import { BSANZ_2021_06 } from "../../../src/domain/rulesets/bsanz-2021-06.ts";
import { entry, facts, resultFor } from "../fixtures/facts.ts";
import { weekly } from "./entries.ts";

const START = "2024-03-01";
const onPathway = (rest: Partial<TraineeFacts>) =>
  facts({ pathwayStartedOn: START, asOf: "2026-01-10", ...rest });

/** Co-led meetings: `meetings` of them holding `discussions` case discussions between them. */
function coled(
  meetings: number,
  discussions: number,
  state: "confirmed" | "claimed" = "confirmed",
) {
  return weekly("coled", meetings, "2024-04-01", { state }).map((e, i) => ({
    ...e,
    caseDiscussions: i === 0 ? discussions - (meetings - 1) : 1,
  }));
}

const report = (submittedOn: string, readyToApply = false) => ({ submittedOn, readyToApply });

interface Row {
  name: string;
  id: string;
  trainee: TraineeFacts;
  status: CriterionStatus;
  says?: string;
}

const ROWS: Row[] = [
  {
    name: "29 case discussions over 20 meetings",
    id: "leading",
    trainee: onPathway({ entries: coled(20, 29) }),
    status: "in_progress",
    says: "29 of 30 case discussions",
  },
  {
    name: "30 case discussions over 20 meetings",
    id: "leading",
    trainee: onPathway({ entries: coled(20, 30) }),
    status: "met",
    says: "20 of 20 group meetings",
  },
  {
    name: "30 case discussions over 19 meetings",
    id: "leading",
    trainee: onPathway({ entries: coled(19, 30) }),
    status: "in_progress",
    says: "19 of 20 group meetings",
  },
  {
    name: "30 over 20, led and co-led counting equally",
    id: "leading",
    trainee: onPathway({
      entries: [
        ...coled(10, 15),
        ...weekly("led_supervised", 10, "2025-01-06", { caseDiscussions: 1.5 }),
      ],
    }),
    status: "met",
  },
  {
    name: "30 over 20 but awaiting confirmation",
    id: "leading",
    trainee: onPathway({ entries: coled(20, 30, "claimed") }),
    status: "in_progress",
    says: "met once confirmed",
  },
  {
    name: "9 supervision sessions in year 1, 10 in year 2",
    id: "supervision",
    trainee: onPathway({
      asOf: "2026-02-20",
      entries: [
        ...weekly("supervision", 9, "2024-03-04"),
        ...weekly("supervision", 10, "2025-03-03"),
      ],
    }),
    status: "in_progress",
    says: "year 1 (from 1 Mar 2024) had 9",
  },
  {
    name: "10 supervision sessions in each of 2 years",
    id: "supervision",
    trainee: onPathway({
      asOf: "2026-02-20",
      entries: [
        ...weekly("supervision", 10, "2024-03-04"),
        ...weekly("supervision", 10, "2025-03-03"),
      ],
    }),
    status: "met",
  },
  {
    name: "10 in year 1 and 7 so far in year 2",
    id: "supervision",
    trainee: onPathway({
      entries: [
        ...weekly("supervision", 10, "2024-03-04"),
        ...weekly("supervision", 7, "2025-03-03"),
      ],
    }),
    status: "in_progress",
    says: "7 of 10 supervision sessions this year (year 2 of 2)",
  },
  {
    name: "3 reports",
    id: "supervision-reports",
    trainee: onPathway({
      reports: [report("2024-09-01"), report("2025-03-01"), report("2025-09-01", true)],
    }),
    status: "in_progress",
    says: "3 of 4 reports, one every 6 months; the latest says you are ready to apply; the next is due by 1 Mar 2026",
  },
  {
    name: "4 reports, the final one ready",
    id: "supervision-reports",
    trainee: onPathway({
      reports: [
        report("2024-09-01"),
        report("2025-03-01"),
        report("2025-09-01"),
        report("2026-01-05", true),
      ],
    }),
    status: "met",
  },
  {
    name: "4 reports, the final one not yet",
    id: "supervision-reports",
    trainee: onPathway({
      reports: [
        report("2024-09-01"),
        report("2025-03-01"),
        report("2025-09-01"),
        report("2026-01-05"),
      ],
    }),
    status: "in_progress",
    says: "the final report must say you are ready",
  },
  {
    name: "two BSANZ intensives",
    id: "intensives",
    trainee: onPathway({
      entries: [
        entry("leadership_course", { provider: "BSANZ" }),
        entry("leadership_course", { provider: "bsanz" }),
      ],
    }),
    status: "met",
  },
  {
    name: "one BSANZ intensive and an IBF workshop approved in advance",
    id: "intensives",
    trainee: onPathway({
      entries: [
        entry("leadership_course", { provider: "BSANZ" }),
        entry("leadership_course", { provider: "IBF", approvedInAdvance: true }),
      ],
    }),
    status: "met",
  },
  {
    name: "one BSANZ intensive and an IBF workshop not approved in advance",
    id: "intensives",
    trainee: onPathway({
      entries: [
        entry("leadership_course", { provider: "BSANZ" }),
        entry("leadership_course", { provider: "IBF", approvedInAdvance: false }),
      ],
    }),
    status: "in_progress",
    says: "0 of 1 international leadership workshops approved in advance",
  },
  {
    name: "one BSANZ intensive and a course by another provider",
    id: "intensives",
    trainee: onPathway({
      entries: [
        entry("leadership_course", { provider: "BSANZ" }),
        entry("leadership_course", { provider: "Local college", approvedInAdvance: true }),
      ],
    }),
    status: "in_progress",
  },
  {
    name: "half of the sessions face to face",
    id: "face-to-face",
    trainee: onPathway({
      entries: [
        ...weekly("group_member", 10, "2024-04-01", { faceToFace: true }),
        ...weekly("coled", 10, "2024-04-02", { faceToFace: false }),
      ],
    }),
    status: "met",
    says: "10 of 20 sessions face to face (50%)",
  },
  {
    name: "just under half face to face, one not said",
    id: "face-to-face",
    trainee: onPathway({
      entries: [
        ...weekly("group_member", 9, "2024-04-01", { faceToFace: true }),
        ...weekly("coled", 10, "2024-04-02", { faceToFace: false }),
        entry("group_member"),
      ],
    }),
    status: "in_progress",
    says: "1 not said whether face to face",
  },
];

describe("bsanz-2021-06, from the society's text", () => {
  it.each(ROWS)("$name: $id is $status", ({ id, trainee, status, says }) => {
    const result = resultFor(BSANZ_2021_06, trainee, id);
    expect(result.status).toBe(status);
    if (says) expect(result.explanation).toContain(says);
  });

  it("never counts a desirable criterion as missing", () => {
    const evaluation = evaluate(BSANZ_2021_06, onPathway({}));
    expect(evaluation.missing).toEqual([
      "Case discussions led or co-led",
      "Supervision sessions",
      "Supervision reports",
      "Intensives",
    ]);
    const desirable = evaluation.criteria.filter((c) => c.desirable).map((c) => c.id);
    expect(desirable).toEqual([
      "co-leading-accredited",
      "ongoing-group",
      "first-year-supervision-group",
      "face-to-face",
    ]);
  });

  it("says where the society and its date come from, and that the day is assumed", () => {
    expect(BSANZ_2021_06.society).toBe("Balint Society of Australia and New Zealand");
    expect(BSANZ_2021_06.inForceFrom).toBe("2021-06-01");
    expect(BSANZ_2021_06.inForceFromAssumed).toContain("June 2021 without a day");
  });
});
