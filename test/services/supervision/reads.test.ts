import { describe, expect, it } from "vitest";

import { getSupervisorOverview } from "../../../src/services/supervision/get-supervisor-overview.ts";
import { prepareCompetencySignOff } from "../../../src/services/supervision/prepare-competency-sign-off.ts";
import { prepareSupervisorReport } from "../../../src/services/supervision/prepare-supervisor-report.ts";
import { requestSupervision } from "../../../src/services/supervision/request-supervision.ts";
import { signOffCompetencies } from "../../../src/services/supervision/sign-off-competencies.ts";
import { submitSupervisorReport } from "../../../src/services/supervision/submit-supervisor-report.ts";
import {
  actorFor,
  contextFor,
  logColed,
  PEOPLE,
  refTo,
  rejectionOf,
  rowCounts,
  seedLeader,
  seedSupervision,
  useServiceDatabase,
} from "../../support/services.ts";

const other = actorFor("UOTHER");
const { trainee, ahmed, brown, stranger } = PEOPLE;

const world = useServiceDatabase(async (ctx) => {
  await seedLeader(ctx, ahmed, "2015-05-01");
});

const coled = (withWhom = ahmed) => logColed(world.ctx, trainee, withWhom, { note: "Private" });

describe("preparing the sign-off and report forms", () => {
  it("refuses anyone but the active supervisor, writing nothing", async () => {
    await coled();
    const before = await rowCounts(world.db);
    expect(
      await rejectionOf(
        prepareCompetencySignOff(world.ctx, ahmed, { trainee: refTo(trainee) }),
        "FORBIDDEN",
      ),
    ).toBe("Only Dr UTRAINEE's supervisor can sign off their competencies.");
    expect(
      await rejectionOf(
        prepareSupervisorReport(world.ctx, stranger, { trainee: refTo(trainee) }),
        "FORBIDDEN",
      ),
    ).toBe("Only Dr UTRAINEE's supervisor can write their supervisor's report.");
    expect(await rowCounts(world.db)).toEqual(before);
  });

  it("gives the supervisor the latest ratings and their latest report", async () => {
    await seedSupervision(world.ctx, trainee, ahmed);
    const ratings = (rating: "developing" | "demonstrated") => ({
      C1: { rating },
      C2: { rating, comment: `C2 ${rating}` },
      C3: { rating },
      C4: { rating },
      C5: { rating },
    });
    await signOffCompetencies(world.ctx, ahmed, {
      trainee: refTo(trainee),
      ratings: ratings("developing"),
    });
    const later = contextFor(world.db, new Date("2027-01-10T10:00:00Z"));
    await signOffCompetencies(later, ahmed, {
      trainee: refTo(trainee),
      ratings: ratings("demonstrated"),
    });
    const prepared = await prepareCompetencySignOff(later, ahmed, { trainee: refTo(trainee) });
    expect(prepared.latest.C2).toEqual({
      rating: "demonstrated",
      comment: "C2 demonstrated",
      signedAt: later.now,
    });

    expect(
      (await prepareSupervisorReport(world.ctx, ahmed, { trainee: refTo(trainee) })).previous,
    ).toBeNull();
    await submitSupervisorReport(world.ctx, ahmed, {
      trainee: refTo(trainee),
      text: "A careful and thoughtful leader in training.",
      discussedWithTrainee: true,
      readyToApply: false,
    });
    expect(
      (await prepareSupervisorReport(world.ctx, ahmed, { trainee: refTo(trainee) })).previous,
    ).toMatchObject({
      text: "A careful and thoughtful leader in training.",
      readyToApply: false,
    });
  });
});

describe("getSupervisorOverview", () => {
  it("is empty for someone the bot has not met", async () => {
    expect(await getSupervisorOverview(world.ctx, stranger)).toEqual({
      isLeader: false,
      trainees: [],
      requests: [],
      awaiting: [],
    });
  });

  it("shows trainees with progress, requests, and only the entries this person may confirm", async () => {
    await seedLeader(world.ctx, brown, "2016-01-01");
    await seedSupervision(world.ctx, trainee, ahmed);
    await requestSupervision(world.ctx, other, { supervisor: refTo(ahmed) });
    const mine = await coled(ahmed);
    const instead = await coled(stranger);
    await coled(brown);

    const overview = await getSupervisorOverview(world.ctx, ahmed);
    expect(overview.isLeader).toBe(true);
    expect(overview.requests.map((r) => r.traineeSlackUserId)).toEqual(["UOTHER"]);
    expect(overview.awaiting.map((e) => [e.id, e.supervisorInstead])).toEqual([
      [mine.id, false],
      [instead.id, true],
    ]);
    expect(overview.trainees).toHaveLength(1);
    const [row] = overview.trainees;
    expect(row).toMatchObject({ slackUserId: "UTRAINEE", awaitingYou: 2, reportSubmittedAt: null });
    expect(row?.criteriaTotal).toBeGreaterThan(0);
    expect(row?.criteriaMet).toBeLessThan(row?.criteriaTotal ?? 0);

    const brownsView = await getSupervisorOverview(world.ctx, brown);
    expect(brownsView.trainees).toEqual([]);
    expect(brownsView.awaiting).toHaveLength(1);
  });
});
