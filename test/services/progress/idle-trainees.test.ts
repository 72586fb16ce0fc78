import { describe, expect, it } from "vitest";
import { ensurePerson } from "../../../src/db/people.ts";
import { logEntry } from "../../../src/services/entries/log-entry.ts";
import { listIdleTrainees } from "../../../src/services/progress/list-idle-trainees.ts";
import {
  actorFor,
  contextFor,
  NOW,
  refTo,
  seedLeader,
  useServiceDatabase,
} from "../../support/services.ts";

const world = useServiceDatabase();

const daysAgo = (days: number) => contextFor(world.db, new Date(NOW.getTime() - days * 86_400_000));
const member = (date: string) => ({ kind: "group_member" as const, occurredOn: date });

describe("listIdleTrainees", () => {
  it("lists trainees with nothing logged for 8 weeks who still want nudges and are not waiting on an application", async () => {
    const idle = actorFor("UIDLE");
    const busy = actorFor("UBUSY");
    const optedOut = actorFor("UOPTOUT");
    const leader = actorFor("ULEADER");
    const justUnder = actorFor("UUNDER");
    await logEntry(daysAgo(70), idle, member("2026-09-01"));
    await logEntry(daysAgo(100), busy, member("2026-08-01"));
    await logEntry(daysAgo(3), busy, member("2026-11-20"));
    await logEntry(daysAgo(70), optedOut, member("2026-09-01"));
    await world.db.person.update({
      where: {
        slackTeamId_slackUserId: { slackTeamId: optedOut.teamId, slackUserId: optedOut.userId },
      },
      data: { nudgesOptedOut: true },
    });
    await logEntry(daysAgo(200), leader, member("2026-05-01"));
    await seedLeader(daysAgo(100), leader, "2026-08-01");
    await logEntry(daysAgo(55), justUnder, member("2026-10-01"));
    // Waiting on an application is not being idle.
    const applicant = actorFor("UAPPLIED");
    const applied = await logEntry(daysAgo(90), applicant, member("2026-08-20"));
    await world.db.application.create({
      data: {
        traineeId: applied.entry.traineeId,
        status: "submitted",
        statement: "Ready to apply.",
        evaluationSnapshot: "{}",
        rulesetId: "bsuk-2016-02",
      },
    });
    // Someone the bot has met but who never logged or set up a profile is not a trainee.
    await ensurePerson(world.db, refTo("USTRANGER"));

    const found = await listIdleTrainees(world.ctx);
    expect(found).toEqual([
      {
        person: expect.objectContaining({ slackUserId: "UIDLE" }),
        idleSince: "2026-09-17",
        idleDays: 70,
      },
    ]);
  });

  it("counts a profile without entries from the day it was set up", async () => {
    const person = await ensurePerson(world.db, refTo("UPROFILE"));
    await world.db.traineeProfile.create({
      data: { personId: person.id, rulesetId: "bsuk-2016-02", createdAt: daysAgo(60).now },
    });
    const found = await listIdleTrainees(world.ctx);
    expect(found).toEqual([
      {
        person: expect.objectContaining({ slackUserId: "UPROFILE" }),
        idleSince: "2026-09-27",
        idleDays: 60,
      },
    ]);
  });
});
