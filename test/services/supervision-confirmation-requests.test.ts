import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { clearConfirmationRequest } from "../../src/services/clear-confirmation-request.ts";
import type { ServiceContext } from "../../src/services/context.ts";
import { decideEntry } from "../../src/services/decide-entry.ts";
import { getConfirmationRequest } from "../../src/services/get-confirmation-request.ts";
import { listTraineesNamingPerson } from "../../src/services/list-trainees-naming-person.ts";
import { logEntry } from "../../src/services/log-entry.ts";
import { planConfirmationRequests } from "../../src/services/plan-confirmation-requests.ts";
import { recordConfirmationRequest } from "../../src/services/record-confirmation-request.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { actorFor, contextFor, refTo, seedLeader, seedSupervision } from "../support/services.ts";

let database: TestDatabase;
let ctx: ServiceContext;
const trainee = actorFor("UTRAINEE");
const ahmed = actorFor("UAHMED", { name: "Dr Ahmed" });
const brown = actorFor("UBROWN", { name: "Dr Brown" });
const newcomer = actorFor("UNEW");

beforeEach(async () => {
  database = await createTestDatabase();
  ctx = contextFor(database.db);
  await seedLeader(ctx, ahmed, "2015-05-01");
});
afterEach(async () => {
  await database.close();
});

async function coled(withWhom: typeof ahmed, occurredOn = "2026-11-20") {
  const { entry } = await logEntry(ctx, trainee, {
    kind: "coled",
    occurredOn,
    counterpart: refTo(withWhom),
    note: "A private note",
  });
  return entry;
}

describe("planConfirmationRequests", () => {
  it("groups a trainee's claimed entries by who confirms them today", async () => {
    await seedLeader(ctx, brown, "2016-01-01");
    await seedSupervision(ctx, trainee, brown);
    const withAhmed = await coled(ahmed);
    const withNewcomer = await coled(newcomer, "2026-11-21");
    await logEntry(ctx, trainee, { kind: "group_member", occurredOn: "2026-11-19" });

    const plans = await planConfirmationRequests(ctx, { traineeId: withAhmed.traineeId });
    const byConfirmer = Object.fromEntries(plans.map((p) => [p.confirmer.slackUserId, p.entryIds]));
    expect(byConfirmer).toEqual({ UAHMED: [withAhmed.id], UBROWN: [withNewcomer.id] });
    expect(plans.every((p) => p.existingMessages.length === 0)).toBe(true);
  });

  it("leaves out entries nobody can confirm yet, and decided ones", async () => {
    const waiting = await coled(newcomer);
    const decided = await coled(ahmed);
    await decideEntry(ctx, ahmed, { entryId: decided.id, decision: "confirm" });
    expect(await planConfirmationRequests(ctx, { traineeId: waiting.traineeId })).toEqual([]);
  });

  it("reports the DMs that already carry the entries, oldest first", async () => {
    const first = await coled(ahmed);
    const second = await coled(ahmed, "2026-11-21");
    await recordConfirmationRequest(ctx, { entryIds: [second.id], channel: "D1", ts: "20.000" });
    await recordConfirmationRequest(ctx, { entryIds: [first.id], channel: "D1", ts: "3.000" });
    const [plan] = await planConfirmationRequests(ctx, { traineeId: first.traineeId });
    expect(plan?.existingMessages).toEqual([
      { channel: "D1", ts: "3.000" },
      { channel: "D1", ts: "20.000" },
    ]);
  });
});

describe("recordConfirmationRequest", () => {
  it("binds claimed entries to a DM and names the DMs they left", async () => {
    const first = await coled(ahmed);
    const second = await coled(ahmed, "2026-11-21");
    await recordConfirmationRequest(ctx, { entryIds: [first.id], channel: "D1", ts: "1.000" });
    const moved = await recordConfirmationRequest(ctx, {
      entryIds: [first.id, second.id],
      channel: "D1",
      ts: "2.000",
    });
    expect(moved.previousMessages).toEqual([{ channel: "D1", ts: "1.000" }]);
    const rows = await database.db.activityEntry.findMany({ orderBy: { id: "asc" } });
    expect(rows.map((r) => r.requestTs)).toEqual(["2.000", "2.000"]);
  });

  it("leaves decided entries where they are", async () => {
    const entry = await coled(ahmed);
    await recordConfirmationRequest(ctx, { entryIds: [entry.id], channel: "D1", ts: "1.000" });
    await decideEntry(ctx, ahmed, { entryId: entry.id, decision: "confirm" });
    await recordConfirmationRequest(ctx, { entryIds: [entry.id], channel: "D1", ts: "2.000" });
    const row = await database.db.activityEntry.findUniqueOrThrow({ where: { id: entry.id } });
    expect(row.requestTs).toBe("1.000");
  });
});

describe("getConfirmationRequest", () => {
  it("loads a DM's entries with who confirms each, never the note", async () => {
    await seedLeader(ctx, brown, "2016-01-01");
    await seedSupervision(ctx, trainee, brown);
    const instead = await coled(newcomer);
    await recordConfirmationRequest(ctx, { entryIds: [instead.id], channel: "D9", ts: "5.000" });

    const [entry, ...rest] = await getConfirmationRequest(ctx, {
      message: { channel: "D9", ts: "5.000" },
    });
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      id: instead.id,
      state: "claimed",
      trainee: { slackUserId: "UTRAINEE" },
      counterpart: { slackUserId: "UNEW", accreditedOn: null },
      confirmer: { slackUserId: "UBROWN" },
      supervisorInstead: true,
    });
    expect(JSON.stringify(entry)).not.toContain("A private note");
  });

  it("loads named entries with the decider", async () => {
    const entry = await coled(ahmed);
    await decideEntry(ctx, ahmed, { entryId: entry.id, decision: "query", reason: "Which day?" });
    const [loaded] = await getConfirmationRequest(ctx, { entryIds: [entry.id] });
    expect(loaded).toMatchObject({
      state: "queried",
      queryReason: "Which day?",
      decidedBy: { slackUserId: "UAHMED" },
      counterpart: { accreditedOn: "2015-05-01" },
    });
  });
});

describe("clearConfirmationRequest and listTraineesNamingPerson", () => {
  it("forgets a claimed entry's DM", async () => {
    const entry = await coled(ahmed);
    await recordConfirmationRequest(ctx, { entryIds: [entry.id], channel: "D1", ts: "1.000" });
    await clearConfirmationRequest(ctx, { entryId: entry.id });
    const row = await database.db.activityEntry.findUniqueOrThrow({ where: { id: entry.id } });
    expect(row).toMatchObject({ requestChannel: null, requestTs: null });
  });

  it("lists the trainees whose claimed entries name a person", async () => {
    const entry = await coled(newcomer);
    await coled(newcomer, "2026-11-21");
    const person = await database.db.person.findFirstOrThrow({ where: { slackUserId: "UNEW" } });
    expect(await listTraineesNamingPerson(ctx, { personId: person.id })).toEqual([entry.traineeId]);
  });
});
