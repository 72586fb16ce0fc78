import { describe, expect, it } from "vitest";
import { decideEntry } from "../../../src/services/confirmations/decide-entry.ts";
import { listEntries } from "../../../src/services/entries/list-entries.ts";
import { logEntry } from "../../../src/services/entries/log-entry.ts";
import {
  actorFor,
  countingClient,
  logColed,
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
});

const claimed = () => logColed(world.ctx, trainee, ahmed, { note: "first go" });

describe("listEntries", () => {
  it("lists the trainee's entries newest first, with counterpart and state", async () => {
    await logEntry(world.ctx, trainee, { kind: "group_member", occurredOn: "2026-10-01" });
    await claimed();
    await logEntry(world.ctx, trainee, { kind: "training_day", occurredOn: "2026-11-01" });
    await logEntry(world.ctx, actorFor("UOTHER"), {
      kind: "group_member",
      occurredOn: "2026-11-25",
    });

    const { entries } = await listEntries(world.ctx, trainee);
    expect(entries.map((e) => [e.kind, e.occurredOn, e.state])).toEqual([
      ["coled", "2026-11-20", "claimed"],
      ["training_day", "2026-11-01", "confirmed"],
      ["group_member", "2026-10-01", "confirmed"],
    ]);
    expect(entries[0]?.counterpart?.slackUserId).toBe("UAHMED");
    expect((await listEntries(world.ctx, trainee, { limit: 2 })).entries).toHaveLength(2);
  });

  it("is empty for someone the bot has not met, and creates nobody", async () => {
    const before = await rowCounts(world.db);
    expect((await listEntries(world.ctx, actorFor("UNEW"))).entries).toEqual([]);
    expect(await rowCounts(world.db)).toEqual(before);
  });

  it("shows a trainee's entries to their supervisor only", async () => {
    await seedLeader(world.ctx, brown, "2010-01-01");
    await seedSupervision(world.ctx, trainee, brown);
    await claimed();
    expect((await listEntries(world.ctx, brown, { trainee: refTo(trainee) })).entries).toHaveLength(
      1,
    );
    expect(
      await rejectionOf(listEntries(world.ctx, ahmed, { trainee: refTo(trainee) }), "FORBIDDEN"),
    ).toBe("Only Dr UTRAINEE and their supervisor can see their sessions.");
  });
});

describe("who confirms each entry", () => {
  it("names the accredited co-leader, or the supervisor instead, or nobody yet", async () => {
    await seedLeader(world.ctx, brown, "2010-01-01");
    const peer = actorFor("UPEER");
    const withAhmed = await logColed(world.ctx, trainee, ahmed);
    const withPeer = await logColed(world.ctx, trainee, peer, { occurredOn: "2026-11-19" });
    const alone = actorFor("UALONE");
    await logColed(world.ctx, alone, peer);

    const before = await listEntries(world.ctx, trainee);
    expect(before.entries.find((e) => e.id === withPeer.id)).toMatchObject({
      counterpart: { slackUserId: "UPEER" },
      confirmer: null,
      confirmerIsSupervisorInstead: false,
    });

    await seedSupervision(world.ctx, trainee, brown);
    const { entries } = await listEntries(world.ctx, trainee);
    expect(entries.find((e) => e.id === withAhmed.id)).toMatchObject({
      confirmer: { slackUserId: "UAHMED" },
      confirmerIsSupervisorInstead: false,
    });
    expect(entries.find((e) => e.id === withPeer.id)).toMatchObject({
      counterpart: { slackUserId: "UPEER" },
      confirmer: { slackUserId: "UBROWN" },
      confirmerIsSupervisorInstead: true,
    });
    expect((await listEntries(world.ctx, alone)).entries[0]?.confirmer).toBeNull();
  });

  it("shows who decided a confirmed or queried entry, and what may still be withdrawn", async () => {
    const confirmed = await logColed(world.ctx, trainee, ahmed);
    await decideEntry(world.ctx, ahmed, { entryId: confirmed.id, version: 1, decision: "confirm" });
    await logEntry(world.ctx, trainee, { kind: "group_member", occurredOn: "2026-11-01" });

    const { entries } = await listEntries(world.ctx, trainee);
    expect(entries.map((e) => [e.kind, e.state, e.decidedBy?.slackUserId, e.withdrawable])).toEqual(
      [
        ["coled", "confirmed", "UAHMED", false],
        ["group_member", "confirmed", undefined, true],
      ],
    );
    expect(entries[0]?.confirmer).toBeNull();
  });

  it("asks the same few queries however many entries there are", async () => {
    await seedLeader(world.ctx, brown, "2010-01-01");
    await seedSupervision(world.ctx, trainee, brown);
    await logColed(world.ctx, trainee, ahmed);
    const person = await world.db.person.findFirstOrThrow({ where: { slackUserId: "UTRAINEE" } });
    const count = async () => {
      const counting = countingClient(world.url);
      const ctx = { ...world.ctx, db: counting.client };
      await listEntries(ctx, trainee);
      await counting.client.$disconnect();
      return counting.counter.queries;
    };
    const few = await count();
    for (let day = 1; day <= 15; day += 1) {
      const peer = actorFor(`UPEER${day}`);
      await logColed(world.ctx, trainee, day % 2 ? peer : ahmed, {
        occurredOn: `2026-10-${String(day).padStart(2, "0")}`,
      });
    }
    expect(await world.db.activityEntry.count({ where: { traineeId: person.id } })).toBe(16);
    expect(await count()).toBe(few);
  });
});
