import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.ts";
import { type SlackEmulator, startSlackEmulator } from "../../src/dev/emulator/index.ts";
import { runScheduledDigest } from "../../src/jobs/digest.ts";
import { claimJobPeriod } from "../../src/services/jobs/claim-job-period.ts";
import { harnessJobs } from "../jobs/support.ts";
import { type Harness, startHarness } from "../support/bot-harness.ts";
import { CAST, CHANNELS } from "../support/cast.ts";
import { copyTemplateDatabase } from "../support/database.ts";
import { testKeyring } from "../support/keys.ts";

// Tuesday 1 December 2026, 12:00 in London: Monday's 09:00 digest was missed.
const TUESDAY = "2026-12-01T12:00:00Z";

let emulator: SlackEmulator;
let databaseUrl: string;
const running: Harness[] = [];
const digests = () => emulator.messagesIn(CHANNELS.subcommittee.id);
/** What the instances recorded is delivered by whichever outbox takes it first. */
const delivered = () => Promise.all(running.map((h) => h.bot.outbox.idle()));
const start = async () => {
  const h = await startHarness({ now: TUESDAY, databaseUrl, emulator, scheduleJobs: true });
  running.push(h);
  return h;
};

beforeAll(async () => {
  emulator = await startSlackEmulator({
    workspace: {
      users: Object.values(CAST),
      channels: Object.values(CHANNELS).map((c) => ({ ...c, members: [...c.members] })),
    },
  });
  databaseUrl = await copyTemplateDatabase();
  // The bot posted last week's digest, then was down over Monday's.
  const db = await openDatabase(databaseUrl, testKeyring);
  await claimJobPeriod(
    { db, now: new Date("2026-11-23T09:00:00Z"), timeZone: "Europe/London" },
    { job: "digest", period: "2026-W48" },
  );
  await db.$disconnect();
});
afterAll(async () => {
  for (const h of running) await h.stop();
  await emulator.close();
});

describe("two bot instances sharing one database", () => {
  it("catch up a missed week once between them, when both start at once", async () => {
    const [first, second] = await Promise.all([start(), start()]);
    await delivered();
    expect(digests()).toHaveLength(1);
    expect(
      await first.bot.db.jobRun.findMany({ where: { job: "digest" }, orderBy: { id: "asc" } }),
    ).toEqual([
      expect.objectContaining({ period: "2026-W48" }),
      expect.objectContaining({ period: "2026-W49", finishedAt: expect.any(Date) }),
    ]);
    expect(second.bot.db).not.toBe(first.bot.db);
  });

  it("do not post it again after a restart", async () => {
    const restarted = running.shift();
    await restarted?.stop();
    await start();
    await delivered();
    expect(digests()).toHaveLength(1);
  });

  it("post exactly once when both run the same week's digest at the same moment", async () => {
    const [a, b] = running;
    if (!a || !b) throw new Error("expected two running instances");
    const monday = new Date("2026-12-07T09:00:00Z");
    const outcomes = await Promise.all([
      runScheduledDigest(harnessJobs(a).deps, monday),
      runScheduledDigest(harnessJobs(b).deps, monday),
    ]);
    expect(outcomes.sort()).toEqual(["already_claimed", "done"]);
    await delivered();
    expect(digests()).toHaveLength(2);
  });
});
