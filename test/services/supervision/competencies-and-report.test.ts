import { describe, expect, it } from "vitest";
import { requestSupervision } from "../../../src/services/supervision/request-supervision.ts";
import { respondToSupervision } from "../../../src/services/supervision/respond-to-supervision.ts";
import {
  type SignOffCompetenciesInput,
  signOffCompetencies,
} from "../../../src/services/supervision/sign-off-competencies.ts";
import { submitSupervisorReport } from "../../../src/services/supervision/submit-supervisor-report.ts";
import {
  actorFor,
  contextFor,
  PEOPLE,
  refTo,
  rejectionOf,
  rowCounts,
  seedLeader,
  seedSupervision,
  useServiceDatabase,
} from "../../support/services.ts";

const { trainee, ahmed, brown } = PEOPLE;

const world = useServiceDatabase(async (ctx) => {
  await seedLeader(ctx, ahmed, "2015-05-01");
  await seedLeader(ctx, brown, "2010-01-01");
  await seedSupervision(ctx, trainee, ahmed);
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
    const first = await signOffCompetencies(world.ctx, ahmed, {
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

    const later = contextFor(world.db, new Date("2027-03-01T10:00:00Z"));
    await signOffCompetencies(later, ahmed, {
      trainee: refTo(trainee),
      ratings: ratings("demonstrated"),
    });
    const c1 = await world.db.competencySignOff.findMany({
      where: { competency: "C1" },
      orderBy: { signedAt: "asc" },
    });
    expect(c1.map((s) => [s.rating, s.signedAt])).toEqual([
      ["developing", world.ctx.now],
      ["demonstrated", later.now],
    ]);
    const audit = await world.db.auditLog.findMany({
      where: { action: "competencies.signed_off" },
    });
    expect(audit).toHaveLength(2);
    expect(audit[0]?.details).not.toContain("boundaries");
  });

  it("refuses anyone but the active supervisor, writing nothing", async () => {
    const before = await rowCounts(world.db);
    const input = { trainee: refTo(trainee), ratings: ratings("demonstrated") };
    for (const who of [brown, trainee, actorFor("UNEW")]) {
      expect(await rejectionOf(signOffCompetencies(world.ctx, who, input), "FORBIDDEN")).toBe(
        "Only Dr UTRAINEE's supervisor can sign off their competencies.",
      );
    }
    expect(await rowCounts(world.db)).toEqual(before);
  });

  it("refuses the former supervisor once a new one accepts", async () => {
    const request = await requestSupervision(world.ctx, trainee, { supervisor: refTo(brown) });
    await respondToSupervision(world.ctx, brown, {
      supervisionId: request.supervision.id,
      response: "accept",
    });
    const input = { trainee: refTo(trainee), ratings: ratings("demonstrated") };
    await rejectionOf(signOffCompetencies(world.ctx, ahmed, input), "FORBIDDEN");
    expect((await signOffCompetencies(world.ctx, brown, input)).signOffs).toHaveLength(5);
  });

  it("needs a rating for each competency and short comments", async () => {
    const missing = {
      trainee: refTo(trainee),
      ratings: { ...ratings("developing"), C3: undefined },
    };
    expect(
      await rejectionOf(
        signOffCompetencies(world.ctx, ahmed, missing as unknown as SignOffCompetenciesInput),
        "INVALID_INPUT",
      ),
    ).toMatch(/Rate C3 \(Group and unconscious processes\)/);
    const long = { trainee: refTo(trainee), ratings: ratings("developing", "c".repeat(501)) };
    expect(await rejectionOf(signOffCompetencies(world.ctx, ahmed, long), "INVALID_INPUT")).toMatch(
      /comment on C1 .* 500 characters or fewer/,
    );
    expect(await world.db.competencySignOff.count()).toBe(0);
  });
});

describe("submitSupervisorReport", () => {
  const text = "A thoughtful leader who keeps the focus on the relationship.";

  it("stores the report, keeping its text out of the audit log", async () => {
    const { report } = await submitSupervisorReport(world.ctx, ahmed, {
      trainee: refTo(trainee),
      text: `  ${text}  `,
      discussedWithTrainee: true,
      readyToApply: true,
    });
    expect(report).toMatchObject({
      text,
      discussedWithTrainee: true,
      readyToApply: true,
      submittedAt: world.ctx.now,
    });
    const audit = await world.db.auditLog.findFirstOrThrow({
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
    const before = await rowCounts(world.db);
    const input = {
      trainee: refTo(trainee),
      text,
      discussedWithTrainee: true as const,
      readyToApply: false,
    };
    expect(
      await rejectionOf(
        submitSupervisorReport(world.ctx, ahmed, { ...input, ...change } as typeof input),
        "INVALID_INPUT",
      ),
    ).toMatch(message);
    expect(await rowCounts(world.db)).toEqual(before);
  });

  it("refuses anyone but the active supervisor", async () => {
    const input = {
      trainee: refTo(trainee),
      text,
      discussedWithTrainee: true as const,
      readyToApply: true,
    };
    expect(await rejectionOf(submitSupervisorReport(world.ctx, brown, input), "FORBIDDEN")).toBe(
      "Only Dr UTRAINEE's supervisor can write their supervisor's report.",
    );
    expect(await world.db.supervisorReport.count()).toBe(0);
  });
});
