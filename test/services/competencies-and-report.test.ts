import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ServiceContext } from "../../src/services/context.ts";
import { requestSupervision } from "../../src/services/request-supervision.ts";
import { respondToSupervision } from "../../src/services/respond-to-supervision.ts";
import {
  type SignOffCompetenciesInput,
  signOffCompetencies,
} from "../../src/services/sign-off-competencies.ts";
import { submitSupervisorReport } from "../../src/services/submit-supervisor-report.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import {
  actorFor,
  contextFor,
  refTo,
  rejectionOf,
  rowCounts,
  seedLeader,
  seedSupervision,
} from "../support/services.ts";

let database: TestDatabase;
let ctx: ServiceContext;
const trainee = actorFor("UTRAINEE");
const ahmed = actorFor("UAHMED", { name: "Dr Ahmed" });
const brown = actorFor("UBROWN", { name: "Dr Brown" });

beforeEach(async () => {
  database = await createTestDatabase();
  ctx = contextFor(database.db);
  await seedLeader(ctx, ahmed, "2015-05-01");
  await seedLeader(ctx, brown, "2010-01-01");
  await seedSupervision(ctx, trainee, ahmed);
});
afterEach(async () => {
  await database.close();
});

function ratings(rating: "demonstrated" | "developing" | "not_observed", comment?: string) {
  return {
    C1: { rating, comment },
    C2: { rating },
    C3: { rating },
    C4: { rating },
    C5: { rating },
  };
}

describe("signOffCompetencies", () => {
  it("adds one row per competency per sign-off, so history shows growth", async () => {
    const first = await signOffCompetencies(ctx, ahmed, {
      trainee: refTo(trainee),
      ratings: ratings("developing", "  Holds the boundaries well.  "),
    });
    expect(first.signOffs.map((s) => [s.competency, s.rating])).toEqual([
      ["C1", "developing"],
      ["C2", "developing"],
      ["C3", "developing"],
      ["C4", "developing"],
      ["C5", "developing"],
    ]);
    expect(first.signOffs[0]?.comment).toBe("Holds the boundaries well.");
    expect(first.signOffs[1]?.comment).toBeNull();

    const later = contextFor(database.db, new Date("2027-03-01T10:00:00Z"));
    await signOffCompetencies(later, ahmed, {
      trainee: refTo(trainee),
      ratings: ratings("demonstrated"),
    });
    const c1 = await database.db.competencySignOff.findMany({
      where: { competency: "C1" },
      orderBy: { signedAt: "asc" },
    });
    expect(c1.map((s) => [s.rating, s.signedAt])).toEqual([
      ["developing", ctx.now],
      ["demonstrated", later.now],
    ]);
    const audit = await database.db.auditLog.findMany({
      where: { action: "competencies.signed_off" },
    });
    expect(audit).toHaveLength(2);
    expect(audit[0]?.details).not.toContain("boundaries");
  });

  it("refuses anyone but the active supervisor, writing nothing", async () => {
    const before = await rowCounts(database.db);
    const input = { trainee: refTo(trainee), ratings: ratings("demonstrated") };
    for (const who of [brown, trainee, actorFor("UNEW")]) {
      expect(await rejectionOf(signOffCompetencies(ctx, who, input), "FORBIDDEN")).toBe(
        "Only <@UTRAINEE>'s supervisor can sign off their competencies.",
      );
    }
    expect(await rowCounts(database.db)).toEqual(before);
  });

  it("refuses the former supervisor once a new one accepts", async () => {
    const request = await requestSupervision(ctx, trainee, { supervisor: refTo(brown) });
    await respondToSupervision(ctx, brown, {
      supervisionId: request.supervision.id,
      response: "accept",
    });
    const input = { trainee: refTo(trainee), ratings: ratings("demonstrated") };
    await rejectionOf(signOffCompetencies(ctx, ahmed, input), "FORBIDDEN");
    expect((await signOffCompetencies(ctx, brown, input)).signOffs).toHaveLength(5);
  });

  it("needs a rating for each competency and short comments", async () => {
    const missing = {
      trainee: refTo(trainee),
      ratings: { ...ratings("developing"), C3: undefined },
    };
    expect(
      await rejectionOf(
        signOffCompetencies(ctx, ahmed, missing as unknown as SignOffCompetenciesInput),
        "INVALID_INPUT",
      ),
    ).toMatch(/Rate C3 \(Group and unconscious processes\)/);
    const long = { trainee: refTo(trainee), ratings: ratings("developing", "c".repeat(501)) };
    expect(await rejectionOf(signOffCompetencies(ctx, ahmed, long), "INVALID_INPUT")).toMatch(
      /comment on C1 .* 500 characters or fewer/,
    );
    expect(await database.db.competencySignOff.count()).toBe(0);
  });
});

describe("submitSupervisorReport", () => {
  const text = "A thoughtful leader who keeps the focus on the relationship.";

  it("stores the report, keeping its text out of the audit log", async () => {
    const { report } = await submitSupervisorReport(ctx, ahmed, {
      trainee: refTo(trainee),
      text: `  ${text}  `,
      discussedWithTrainee: true,
      readyToApply: true,
    });
    expect(report).toMatchObject({
      text,
      discussedWithTrainee: true,
      readyToApply: true,
      submittedAt: ctx.now,
    });
    const audit = await database.db.auditLog.findFirstOrThrow({
      where: { action: "report.submitted" },
    });
    expect(audit.details).not.toContain("thoughtful");
  });

  it.each([
    [
      "a report under 20 characters",
      { text: "Too short." },
      "Write the report in 20 to 5000 characters.",
    ],
    [
      "a report over 5000 characters",
      { text: "r".repeat(5001) },
      "Write the report in 20 to 5000 characters.",
    ],
    [
      "a report not discussed with the trainee",
      { discussedWithTrainee: false },
      /discuss the report with the trainee before you submit it/,
    ],
  ])("refuses %s, writing nothing", async (_label, change, message) => {
    const before = await rowCounts(database.db);
    const input = {
      trainee: refTo(trainee),
      text,
      discussedWithTrainee: true as const,
      readyToApply: false,
    };
    expect(
      await rejectionOf(
        submitSupervisorReport(ctx, ahmed, { ...input, ...change } as typeof input),
        "INVALID_INPUT",
      ),
    ).toMatch(message);
    expect(await rowCounts(database.db)).toEqual(before);
  });

  it("refuses anyone but the active supervisor", async () => {
    const input = {
      trainee: refTo(trainee),
      text,
      discussedWithTrainee: true as const,
      readyToApply: true,
    };
    expect(await rejectionOf(submitSupervisorReport(ctx, brown, input), "FORBIDDEN")).toBe(
      "Only <@UTRAINEE>'s supervisor can write their supervisor's report.",
    );
    expect(await database.db.supervisorReport.count()).toBe(0);
  });
});
