import { describe, expect, it } from "vitest";
import { decideEntry } from "../../../src/services/confirmations/decide-entry.ts";
import { getConfirmationRequest } from "../../../src/services/confirmations/get-confirmation-request.ts";
import { planConfirmationRequests } from "../../../src/services/confirmations/plan-confirmation-requests.ts";
import { recordClaimsRerouted } from "../../../src/services/confirmations/record-claims-rerouted.ts";
import { recordConfirmationRequest } from "../../../src/services/confirmations/record-confirmation-request.ts";
import { logEntry } from "../../../src/services/entries/log-entry.ts";
import {
  actorFor,
  logColed,
  PEOPLE,
  seedLeader,
  seedSupervision,
  useServiceDatabase,
} from "../../support/services.ts";

const newcomer = actorFor("UNEW");
const { trainee, ahmed, brown } = PEOPLE;

const world = useServiceDatabase(async (ctx) => {
  await seedLeader(ctx, ahmed, "2015-05-01");
});

const coled = (withWhom: typeof ahmed, occurredOn?: string) =>
  logColed(world.ctx, trainee, withWhom, { occurredOn, note: "A private note" });

describe("planConfirmationRequests", () => {
  it("groups a trainee's claimed entries by who confirms them today", async () => {
    await seedLeader(world.ctx, brown, "2016-01-01");
    await seedSupervision(world.ctx, trainee, brown);
    const withAhmed = await coled(ahmed);
    const withNewcomer = await coled(newcomer, "2026-11-21");
    await logEntry(world.ctx, trainee, { kind: "group_member", occurredOn: "2026-11-19" });

    const plans = await planConfirmationRequests(world.ctx, { traineeId: withAhmed.traineeId });
    const byConfirmer = Object.fromEntries(plans.map((p) => [p.confirmer.slackUserId, p.entryIds]));
    expect(byConfirmer).toEqual({ UAHMED: [withAhmed.id], UBROWN: [withNewcomer.id] });
    expect(plans.every((p) => p.existingMessages.length === 0)).toBe(true);
  });

  it("leaves out entries nobody can confirm yet, and decided ones", async () => {
    const waiting = await coled(newcomer);
    const decided = await coled(ahmed);
    await decideEntry(world.ctx, ahmed, { entryId: decided.id, version: 1, decision: "confirm" });
    expect(await planConfirmationRequests(world.ctx, { traineeId: waiting.traineeId })).toEqual([]);
  });

  it("reports the DMs that already carry the entries, oldest first", async () => {
    const first = await coled(ahmed);
    const second = await coled(ahmed, "2026-11-21");
    await recordConfirmationRequest(world.ctx, {
      entryIds: [second.id],
      channel: "D1",
      ts: "20.000",
    });
    await recordConfirmationRequest(world.ctx, {
      entryIds: [first.id],
      channel: "D1",
      ts: "3.000",
    });
    const [plan] = await planConfirmationRequests(world.ctx, { traineeId: first.traineeId });
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
    await recordConfirmationRequest(world.ctx, {
      entryIds: [first.id],
      channel: "D1",
      ts: "1.000",
    });
    const moved = await recordConfirmationRequest(world.ctx, {
      entryIds: [first.id, second.id],
      channel: "D1",
      ts: "2.000",
    });
    expect(moved.previousMessages).toEqual([{ channel: "D1", ts: "1.000" }]);
    const rows = await world.db.activityEntry.findMany({ orderBy: { id: "asc" } });
    expect(rows.map((r) => r.requestTs)).toEqual(["2.000", "2.000"]);
  });

  it("leaves decided entries where they are", async () => {
    const entry = await coled(ahmed);
    await recordConfirmationRequest(world.ctx, {
      entryIds: [entry.id],
      channel: "D1",
      ts: "1.000",
    });
    await decideEntry(world.ctx, ahmed, { entryId: entry.id, version: 1, decision: "confirm" });
    await recordConfirmationRequest(world.ctx, {
      entryIds: [entry.id],
      channel: "D1",
      ts: "2.000",
    });
    const row = await world.db.activityEntry.findUniqueOrThrow({ where: { id: entry.id } });
    expect(row.requestTs).toBe("1.000");
  });
});

describe("getConfirmationRequest", () => {
  it("loads a DM's entries with who confirms each, never the note", async () => {
    await seedLeader(world.ctx, brown, "2016-01-01");
    await seedSupervision(world.ctx, trainee, brown);
    const instead = await coled(newcomer);
    await recordConfirmationRequest(world.ctx, {
      entryIds: [instead.id],
      channel: "D9",
      ts: "5.000",
    });

    const [entry, ...rest] = await getConfirmationRequest(world.ctx, {
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
    await decideEntry(world.ctx, ahmed, {
      entryId: entry.id,
      version: 1,
      decision: "query",
      reason: "Which day?",
    });
    const [loaded] = await getConfirmationRequest(world.ctx, { entryIds: [entry.id] });
    expect(loaded).toMatchObject({
      state: "queried",
      queryReason: "Which day?",
      decidedBy: { slackUserId: "UAHMED" },
      counterpart: { accreditedOn: "2015-05-01" },
    });
  });
});

describe("recordClaimsRerouted", () => {
  it("asks again for the trainees whose claimed entries name a person, and refreshes their Homes", async () => {
    const entry = await coled(newcomer);
    await coled(newcomer, "2026-11-21");
    const person = await world.db.person.findFirstOrThrow({ where: { slackUserId: "UNEW" } });
    await world.db.outboxItem.deleteMany();
    // Their Home is refreshed because they may be looking at it.
    await world.db.person.update({
      where: { id: entry.traineeId },
      data: { homeOpenedAt: new Date() },
    });
    await recordClaimsRerouted(world.db, person.id);
    const effects = (await world.db.outboxItem.findMany({ orderBy: { id: "asc" } })).map((item) =>
      JSON.parse(item.payload),
    );
    expect(effects).toEqual([
      { type: "confirmations.request", traineeId: entry.traineeId },
      { type: "home.refresh", personId: entry.traineeId },
    ]);
  });
});
