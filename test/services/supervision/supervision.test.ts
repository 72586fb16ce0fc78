import { describe, expect, it } from "vitest";
import { removeLeader } from "../../../src/services/register/remove-leader.ts";
import { requestSupervision } from "../../../src/services/supervision/request-supervision.ts";
import { respondToSupervision } from "../../../src/services/supervision/respond-to-supervision.ts";
import {
  ADMIN,
  contextFor,
  PEOPLE,
  refTo,
  refusalOf,
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
});

describe("requestSupervision", () => {
  it("asks an accredited leader, and asking again returns the same request", async () => {
    const first = await requestSupervision(world.ctx, trainee, { supervisor: refTo(ahmed) });
    expect(first.changed).toBe(true);
    expect(first.supervision).toMatchObject({ state: "requested", requestedAt: world.ctx.now });
    expect(first.supervisor.slackUserId).toBe("UAHMED");
    const again = await requestSupervision(world.ctx, trainee, { supervisor: refTo(ahmed) });
    expect(again).toMatchObject({ changed: false, supervision: { id: first.supervision.id } });
    expect(await world.db.supervision.count()).toBe(1);
  });

  it("refuses someone not on the register, a removed leader and oneself, writing nothing", async () => {
    await removeLeader(world.ctx, ADMIN, { person: refTo(brown) });
    const before = await rowCounts(world.db);
    const notOnRegister = await refusalOf(
      requestSupervision(world.ctx, trainee, { supervisor: refTo("UNOBODY") }),
    );
    expect(notOnRegister.code).toBe("INVALID_INPUT");
    expect(notOnRegister.userMessage).toBe(
      "Dr UNOBODY is not on the register of accredited leaders.",
    );
    expect(notOnRegister.refusal).toEqual({
      reason: "not_a_leader",
      person: refTo("UNOBODY"),
      pointToRegister: true,
    });
    expect(
      await rejectionOf(
        requestSupervision(world.ctx, trainee, { supervisor: refTo(brown) }),
        "INVALID_INPUT",
      ),
    ).toMatch(/Dr Brown is not on the register/);
    expect(
      await rejectionOf(
        requestSupervision(world.ctx, ahmed, { supervisor: refTo(ahmed) }),
        "INVALID_INPUT",
      ),
    ).toMatch(/can't be your own supervisor/);
    expect(await rowCounts(world.db)).toEqual(before);
  });

  it("refuses asking one's current supervisor again", async () => {
    await seedSupervision(world.ctx, trainee, ahmed);
    expect(
      await rejectionOf(
        requestSupervision(world.ctx, trainee, { supervisor: refTo(ahmed) }),
        "CONFLICT",
      ),
    ).toBe("Dr Ahmed is already your supervisor.");
  });
});

describe("respondToSupervision", () => {
  it("accepts, and accepting a new supervisor ends the old one, keeping history", async () => {
    const first = await seedSupervision(world.ctx, trainee, ahmed);
    expect(first.supervision).toMatchObject({ state: "active", respondedAt: world.ctx.now });

    const later = contextFor(world.db, new Date("2026-12-10T10:00:00Z"));
    const request = await requestSupervision(later, trainee, { supervisor: refTo(brown) });
    const accepted = await respondToSupervision(later, brown, {
      supervisionId: request.supervision.id,
      response: "accept",
    });
    expect(accepted.endedSupervisionIds).toEqual([first.supervision.id]);

    const history = await world.db.supervision.findMany({ orderBy: { id: "asc" } });
    expect(history.map((s) => [s.supervisorId, s.state])).toEqual([
      [first.supervision.supervisorId, "ended"],
      [accepted.supervision.supervisorId, "active"],
    ]);
    expect(history[0]?.endedAt).toEqual(later.now);
    const actions = await world.db.auditLog.findMany({
      where: { subjectType: "supervision" },
      orderBy: { id: "asc" },
    });
    expect(actions.map((a) => a.action)).toEqual([
      "supervision.requested",
      "supervision.accepted",
      "supervision.requested",
      "supervision.ended",
      "supervision.accepted",
    ]);
  });

  it("declines, and a second answer changes nothing", async () => {
    const request = await requestSupervision(world.ctx, trainee, { supervisor: refTo(ahmed) });
    const declined = await respondToSupervision(world.ctx, ahmed, {
      supervisionId: request.supervision.id,
      response: "decline",
    });
    expect(declined).toMatchObject({ changed: true, supervision: { state: "declined" } });
    const accepted = await respondToSupervision(world.ctx, ahmed, {
      supervisionId: request.supervision.id,
      response: "accept",
    });
    expect(accepted).toMatchObject({ changed: false, supervision: { state: "declined" } });
  });

  it("lets only the asked supervisor answer, writing nothing otherwise", async () => {
    const request = await requestSupervision(world.ctx, trainee, { supervisor: refTo(ahmed) });
    const before = await rowCounts(world.db);
    for (const who of [brown, trainee]) {
      expect(
        await rejectionOf(
          respondToSupervision(world.ctx, who, {
            supervisionId: request.supervision.id,
            response: "accept",
          }),
          "FORBIDDEN",
        ),
      ).toBe("You can't answer that request: only the leader asked to supervise can.");
    }
    expect(await rowCounts(world.db)).toEqual(before);
  });

  it("refuses to let a leader removed from the register accept", async () => {
    const request = await requestSupervision(world.ctx, trainee, { supervisor: refTo(ahmed) });
    await removeLeader(world.ctx, ADMIN, { person: refTo(ahmed) });
    expect(
      await rejectionOf(
        respondToSupervision(world.ctx, ahmed, {
          supervisionId: request.supervision.id,
          response: "accept",
        }),
        "FORBIDDEN",
      ),
    ).toMatch(/not on it now/);
  });

  it("gives one answer when two race", async () => {
    const request = await requestSupervision(world.ctx, trainee, { supervisor: refTo(ahmed) });
    const results = await Promise.all([
      respondToSupervision(world.ctx, ahmed, {
        supervisionId: request.supervision.id,
        response: "accept",
      }),
      respondToSupervision(world.ctx, ahmed, {
        supervisionId: request.supervision.id,
        response: "decline",
      }),
    ]);
    expect(results.filter((r) => r.changed)).toHaveLength(1);
  });
});
