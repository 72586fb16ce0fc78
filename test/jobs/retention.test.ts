import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { RETENTION_JOB, runScheduledRetention } from "../../src/jobs/retention.ts";
import { scheduledJobs } from "../../src/jobs/scheduler.ts";
import { monthsBefore } from "../../src/services/leadership-requests/delete-expired-requests.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { jobDeps } from "./support.ts";

const NOW = new Date("2026-11-26T10:00:00Z");
const monthsAgo = (months: number) => monthsBefore(NOW, months);
const SECRET = "CANARY-retention-answer";

let t: TestDatabase;
let personId: number;
beforeEach(async () => {
  t = await createTestDatabase();
  personId = (await t.db.person.create({ data: { slackTeamId: "T1", slackUserId: "U1" } })).id;
});
afterEach(async () => {
  await t.close();
});

async function enquiry(answeredMonthsAgo: number | null, createdMonthsAgo = 30) {
  return t.db.leadershipRequest.create({
    data: {
      kind: "interest_form",
      personId,
      answers: JSON.stringify({ hopes: SECRET }),
      createdAt: monthsAgo(createdMonthsAgo),
      ...(answeredMonthsAgo === null
        ? {}
        : { reply: SECRET, answeredAt: new Date(monthsAgo(answeredMonthsAgo).getTime() - 60_000) }),
    },
  });
}

async function trainingDay(answeredMonthsAgo: number | null) {
  return t.db.leadershipRequest.create({
    data: {
      kind: "training_day",
      personId,
      area: "Leeds",
      createdAt: monthsAgo(30),
      ...(answeredMonthsAgo === null
        ? {}
        : { reply: SECRET, answeredAt: new Date(monthsAgo(answeredMonthsAgo).getTime() - 60_000) }),
    },
  });
}

const idsOf = async (kind: string) =>
  (await t.db.leadershipRequest.findMany({ where: { kind }, orderBy: { id: "asc" } })).map(
    (r) => r.id,
  );
const ids = async () => ({
  enquiries: await idsOf("interest_form"),
  trainingDays: await idsOf("training_day"),
});

describe("retention", () => {
  it("deletes answered requests older than RETENTION_MONTHS (24 by default), keeping unanswered ones", async () => {
    await enquiry(24); // answered just over 24 months ago: goes
    const recent = await enquiry(23);
    const unanswered = await enquiry(null, 60);
    await trainingDay(25);
    const waiting = await trainingDay(null);
    const { deps, lines } = jobDeps(t.db, NOW);
    expect(await runScheduledRetention(deps, NOW)).toBe("done");
    expect(await ids()).toEqual({
      enquiries: [recent.id, unanswered.id],
      trainingDays: [waiting.id],
    });
    const logged = lines
      .map((line) => JSON.parse(line))
      .find((line) => line.msg?.startsWith("Deleted"));
    expect(logged?.data).toEqual({ months: 24, enquiries: 1, trainingDayRequests: 1 });
    expect(lines.join("\n")).not.toContain("CANARY");
  });

  it("deletes outbox items delivered over 30 days ago, keeping waiting, failed and recent ones", async () => {
    const day = 86_400_000;
    const item = (fields: { deliveredAt?: Date; failedAt?: Date }) =>
      t.db.outboxItem.create({
        data: {
          effect: "home.refresh",
          payload: JSON.stringify({ type: "home.refresh", personId }),
          dueAt: new Date(NOW.getTime() - 60 * day),
          ...fields,
        },
      });
    await item({ deliveredAt: new Date(NOW.getTime() - 31 * day) });
    const recent = await item({ deliveredAt: new Date(NOW.getTime() - 29 * day) });
    const failed = await item({ failedAt: new Date(NOW.getTime() - 90 * day) });
    const waiting = await item({});
    const { deps, lines } = jobDeps(t.db, NOW);

    expect(await runScheduledRetention(deps, NOW)).toBe("done");
    const left = await t.db.outboxItem.findMany({ orderBy: { id: "asc" } });
    expect(left.map((row) => row.id)).toEqual([recent.id, failed.id, waiting.id]);
    const logged = lines
      .map((line) => JSON.parse(line))
      .find((line) => line.msg?.startsWith("Deleted outbox"));
    expect(logged?.data).toEqual({ days: 30, items: 1 });
  });

  it("runs at most once a day, even when asked again", async () => {
    const { deps, clock } = jobDeps(t.db, NOW);
    expect(await runScheduledRetention(deps, NOW)).toBe("done");
    const late = await enquiry(30);
    expect(await runScheduledRetention(deps, new Date("2026-11-26T23:00:00Z"))).toBe(
      "already_claimed",
    );
    expect((await ids()).enquiries).toEqual([late.id]);
    clock.now = new Date("2026-11-27T03:30:00Z");
    expect(await runScheduledRetention(deps, clock.now)).toBe("done");
    expect((await ids()).enquiries).toEqual([]);
    expect(await t.db.jobRun.count({ where: { job: RETENTION_JOB } })).toBe(2);
  });

  it("follows RETENTION_MONTHS", async () => {
    await enquiry(13);
    const kept = await enquiry(11);
    const { deps } = jobDeps(t.db, NOW, { RETENTION_MONTHS: "12" });
    await runScheduledRetention(deps, NOW);
    expect((await ids()).enquiries).toEqual([kept.id]);
  });

  it("is scheduled daily beside the digest and reminders", () => {
    const { deps } = jobDeps(t.db, NOW);
    const job = scheduledJobs(deps).find((j) => j.name === RETENTION_JOB);
    expect(job?.cron).toBe("30 3 * * *");
    expect(job?.periodOf(NOW, "Europe/London")).toBe("2026-11-26");
  });

  it("counts calendar months, falling back to the end of a shorter month", () => {
    expect(monthsBefore(new Date("2026-03-31T12:00:00Z"), 1).toISOString()).toBe(
      "2026-02-28T12:00:00.000Z",
    );
    expect(monthsBefore(NOW, 24).toISOString()).toBe("2024-11-26T10:00:00.000Z");
  });
});
