import { describe, expect, it } from "vitest";
import { ABS_2014 } from "../../../src/domain/rulesets/abs-2014.ts";
import { BSANZ_2021_06 } from "../../../src/domain/rulesets/bsanz-2021-06.ts";
import { logEntry } from "../../../src/services/entries/log-entry.ts";
import { resubmitEntry } from "../../../src/services/entries/resubmit-entry.ts";
import {
  PEOPLE,
  refTo,
  rejectionOf,
  rowCounts,
  seedLeader,
  seedSupervision,
  useServiceDatabase,
} from "../../support/services.ts";

const { trainee, ahmed } = PEOPLE;
const world = useServiceDatabase((ctx) => seedLeader(ctx, ahmed, "2015-03-01"));

const coled = {
  kind: "coled",
  occurredOn: "2026-11-20",
  count: 20,
  caseDiscussions: 30,
  counterpart: refTo(ahmed),
} as const;

describe("logEntry: case discussions, only where the trainee's criteria count them", () => {
  it("refuses them to a UK trainee and writes nothing", async () => {
    const before = await rowCounts(world.db);
    expect(await rejectionOf(logEntry(world.ctx, trainee, coled), "INVALID_INPUT")).toBe(
      "Your criteria do not count case discussions for a co-led session: leave them out.",
    );
    expect(await rowCounts(world.db)).toEqual(before);
  });

  it("records them for a trainee of a society whose criteria count them", async () => {
    const bsanz = { ...world.ctx, rulesets: [BSANZ_2021_06] };
    const { entry } = await logEntry(bsanz, trainee, coled);
    expect(entry).toMatchObject({ count: 20, caseDiscussions: 30, state: "claimed" });
    const profile = await world.db.traineeProfile.findFirstOrThrow();
    expect(profile.rulesetId).toBe("bsanz-2021-06");
  });

  it("refuses them on a kind no criterion reads them from", async () => {
    const bsanz = { ...world.ctx, rulesets: [BSANZ_2021_06] };
    const group = { kind: "group_member", occurredOn: "2026-11-20", caseDiscussions: 3 } as const;
    expect(await rejectionOf(logEntry(bsanz, trainee, group), "INVALID_INPUT")).toMatch(
      /do not count case discussions for a group session as a member/,
    );
  });
});

describe("logEntry: recorded, provider, approved in advance and face to face, only where asked", () => {
  const course = {
    kind: "leadership_course",
    occurredOn: "2026-05-01",
    provider: "IBF",
    approvedInAdvance: true,
  } as const;
  const recordedSupervision = {
    kind: "supervision",
    occurredOn: "2026-11-20",
    hours: 1,
    recorded: true,
    counterpart: refTo(ahmed),
  } as const;

  it("refuses each to a UK trainee and writes nothing", async () => {
    const before = await rowCounts(world.db);
    expect(await rejectionOf(logEntry(world.ctx, trainee, course), "INVALID_INPUT")).toBe(
      "Your criteria do not ask who provided the event for a weekend leadership course: leave it out.",
    );
    expect(
      await rejectionOf(logEntry(world.ctx, trainee, recordedSupervision), "INVALID_INPUT"),
    ).toMatch(/do not ask whether the supervised group was recorded/);
    const online = { kind: "group_member", occurredOn: "2026-11-20", faceToFace: false } as const;
    expect(await rejectionOf(logEntry(world.ctx, trainee, online), "INVALID_INPUT")).toMatch(
      /do not ask whether it was face to face/,
    );
    expect(await rowCounts(world.db)).toEqual(before);
  });

  it("records a BSANZ trainee's course and face-to-face group, and refuses a recorded one", async () => {
    const bsanz = { ...world.ctx, rulesets: [BSANZ_2021_06] };
    const logged = await logEntry(bsanz, trainee, course);
    expect(logged.entry).toMatchObject({ provider: "IBF", approvedInAdvance: true });
    const group = { kind: "group_member", occurredOn: "2026-11-20", faceToFace: true } as const;
    expect((await logEntry(bsanz, trainee, group)).entry.faceToFace).toBe(true);
    expect(
      await rejectionOf(logEntry(bsanz, trainee, recordedSupervision), "INVALID_INPUT"),
    ).toMatch(/do not ask whether the supervised group was recorded for a supervision session/);
  });

  it("records an ABS trainee's recorded supervision, and keeps it through a correction", async () => {
    const abs = { ...world.ctx, rulesets: [ABS_2014] };
    await seedSupervision(abs, trainee, ahmed);
    const { entry } = await logEntry(abs, trainee, recordedSupervision);
    expect(entry.recorded).toBe(true);
    await world.db.activityEntry.update({ where: { id: entry.id }, data: { state: "queried" } });
    await resubmitEntry(abs, trainee, { entryId: entry.id, ...recordedSupervision, hours: 1.5 });
    const corrected = await world.db.activityEntry.findUniqueOrThrow({ where: { id: entry.id } });
    expect(corrected).toMatchObject({ hours: 1.5, recorded: true, state: "claimed" });
    await world.db.activityEntry.update({ where: { id: entry.id }, data: { state: "queried" } });
    const unasked = { entryId: entry.id, ...recordedSupervision, faceToFace: true };
    expect(await rejectionOf(resubmitEntry(abs, trainee, unasked), "INVALID_INPUT")).toMatch(
      /do not ask whether it was face to face/,
    );
  });
});
