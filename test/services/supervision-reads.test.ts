import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkEntryDecider } from "../../src/services/check-entry-decider.ts";
import type { ServiceContext } from "../../src/services/context.ts";
import { decideEntry } from "../../src/services/decide-entry.ts";
import { getEntryForCorrection } from "../../src/services/get-entry-for-correction.ts";
import { getSupervisorOverview } from "../../src/services/get-supervisor-overview.ts";
import { logEntry } from "../../src/services/log-entry.ts";
import { prepareCompetencySignOff } from "../../src/services/prepare-competency-sign-off.ts";
import { prepareSupervisorReport } from "../../src/services/prepare-supervisor-report.ts";
import { requestSupervision } from "../../src/services/request-supervision.ts";
import { signOffCompetencies } from "../../src/services/sign-off-competencies.ts";
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
const other = actorFor("UOTHER");
const ahmed = actorFor("UAHMED", { name: "Dr Ahmed" });
const brown = actorFor("UBROWN", { name: "Dr Brown" });
const stranger = actorFor("USTRANGER");

beforeEach(async () => {
  database = await createTestDatabase();
  ctx = contextFor(database.db);
  await seedLeader(ctx, ahmed, "2015-05-01");
});
afterEach(async () => {
  await database.close();
});

async function coled(withWhom = ahmed) {
  const { entry } = await logEntry(ctx, trainee, {
    kind: "coled",
    occurredOn: "2026-11-20",
    counterpart: refTo(withWhom),
    note: "Private",
  });
  return entry;
}

describe("checkEntryDecider", () => {
  it("returns the entry to its confirmer", async () => {
    const entry = await coled();
    expect(await checkEntryDecider(ctx, ahmed, { entryId: entry.id })).toMatchObject({
      id: entry.id,
      state: "claimed",
    });
  });

  it("refuses the trainee, a stranger and a missing entry, as decideEntry would", async () => {
    const entry = await coled();
    expect(
      await rejectionOf(checkEntryDecider(ctx, trainee, { entryId: entry.id }), "FORBIDDEN"),
    ).toBe("You can't confirm or query your own sessions.");
    expect(
      await rejectionOf(checkEntryDecider(ctx, stranger, { entryId: entry.id }), "FORBIDDEN"),
    ).toBe("Only <@UAHMED> can confirm or query this session.");
    await rejectionOf(checkEntryDecider(ctx, ahmed, { entryId: 999 }), "NOT_FOUND");
  });

  it("shows a decided entry as it is", async () => {
    const entry = await coled();
    await decideEntry(ctx, ahmed, { entryId: entry.id, decision: "confirm" });
    expect(await checkEntryDecider(ctx, ahmed, { entryId: entry.id })).toMatchObject({
      state: "confirmed",
      decidedBy: { slackUserId: "UAHMED" },
    });
  });
});

describe("getEntryForCorrection", () => {
  it("gives the trainee their queried entry, note included", async () => {
    const entry = await coled();
    await decideEntry(ctx, ahmed, { entryId: entry.id, decision: "query", reason: "Which day?" });
    expect(await getEntryForCorrection(ctx, trainee, { entryId: entry.id })).toMatchObject({
      kind: "coled",
      note: "Private",
      counterpartSlackUserId: "UAHMED",
      queryReason: "Which day?",
    });
  });

  it("refuses others, and entries that are not queried", async () => {
    const entry = await coled();
    await rejectionOf(getEntryForCorrection(ctx, ahmed, { entryId: entry.id }), "FORBIDDEN");
    expect(
      await rejectionOf(getEntryForCorrection(ctx, trainee, { entryId: entry.id }), "CONFLICT"),
    ).toContain("already waiting for confirmation");
  });
});

describe("preparing the sign-off and report forms", () => {
  it("refuses anyone but the active supervisor, writing nothing", async () => {
    await coled();
    const before = await rowCounts(database.db);
    expect(
      await rejectionOf(
        prepareCompetencySignOff(ctx, ahmed, { trainee: refTo(trainee) }),
        "FORBIDDEN",
      ),
    ).toBe("Only <@UTRAINEE>'s supervisor can sign off their competencies.");
    expect(
      await rejectionOf(
        prepareSupervisorReport(ctx, stranger, { trainee: refTo(trainee) }),
        "FORBIDDEN",
      ),
    ).toBe("Only <@UTRAINEE>'s supervisor can write their supervisor's report.");
    expect(await rowCounts(database.db)).toEqual(before);
  });

  it("gives the supervisor the latest ratings and their latest report", async () => {
    await seedSupervision(ctx, trainee, ahmed);
    const ratings = (rating: "developing" | "demonstrated") => ({
      C1: { rating },
      C2: { rating, comment: `C2 ${rating}` },
      C3: { rating },
      C4: { rating },
      C5: { rating },
    });
    await signOffCompetencies(ctx, ahmed, {
      trainee: refTo(trainee),
      ratings: ratings("developing"),
    });
    const later = contextFor(database.db, new Date("2027-01-10T10:00:00Z"));
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
      (await prepareSupervisorReport(ctx, ahmed, { trainee: refTo(trainee) })).previous,
    ).toBeNull();
    await submitSupervisorReport(ctx, ahmed, {
      trainee: refTo(trainee),
      text: "A careful and thoughtful leader in training.",
      discussedWithTrainee: true,
      readyToApply: false,
    });
    expect(
      (await prepareSupervisorReport(ctx, ahmed, { trainee: refTo(trainee) })).previous,
    ).toMatchObject({
      text: "A careful and thoughtful leader in training.",
      readyToApply: false,
    });
  });
});

describe("getSupervisorOverview", () => {
  it("is empty for someone the bot has not met", async () => {
    expect(await getSupervisorOverview(ctx, stranger)).toEqual({
      isLeader: false,
      trainees: [],
      requests: [],
      awaiting: [],
    });
  });

  it("shows trainees with progress, requests, and only the entries this person may confirm", async () => {
    await seedLeader(ctx, brown, "2016-01-01");
    await seedSupervision(ctx, trainee, ahmed);
    await requestSupervision(ctx, other, { supervisor: refTo(ahmed) });
    const mine = await coled(ahmed);
    const instead = await coled(stranger);
    await coled(brown);

    const overview = await getSupervisorOverview(ctx, ahmed);
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

    const brownsView = await getSupervisorOverview(ctx, brown);
    expect(brownsView.trainees).toEqual([]);
    expect(brownsView.awaiting).toHaveLength(1);
  });
});
