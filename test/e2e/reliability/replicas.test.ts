import { afterEach, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../../../src/db/client.ts";
import { createSlackDriver, type SlackEmulator } from "../../../src/dev/emulator/index.ts";
import { weekPeriod } from "../../../src/jobs/periods.ts";
import { claimJobPeriod } from "../../../src/services/jobs/claim-job-period.ts";
import { addLeader } from "../../../src/services/register/add-leader.ts";
import { startCastEmulator } from "../../support/bot-harness.ts";
import {
  type BotProcess,
  botEnv,
  PROCESS_SECRET,
  startListening,
} from "../../support/bot-process.ts";
import { CAST, CHANNELS, escapedMention } from "../../support/cast.ts";
import { copyTemplateDatabase } from "../../support/database.ts";
import { testKeyring } from "../../support/keys.ts";
import { onPostgres } from "../../support/postgres.ts";
import { type RoundRobinProxy, startRoundRobinProxy } from "../../support/round-robin-proxy.ts";

let emulator: SlackEmulator | undefined;
let proxy: RoundRobinProxy | undefined;
let db: Database | undefined;
const running: BotProcess[] = [];
afterEach(async () => {
  for (const bot of running.splice(0)) bot.child.kill("SIGKILL");
  await db?.$disconnect();
  await proxy?.close();
  await emulator?.close();
});

const WEEK_MS = 7 * 86_400_000;
const START_MS = 120_000;

/** Dr Ahmed on the register; last week's digest posted, so this week's is caught up at start. */
async function societyDatabase(teamId: string): Promise<string> {
  const url = await copyTemplateDatabase();
  const opened = await openDatabase(url, testKeyring);
  const ctx = { db: opened, now: new Date(), timeZone: "Europe/London" };
  await addLeader(
    ctx,
    { teamId, userId: CAST.admin.id, isAdmin: true },
    { person: { teamId, userId: CAST.leader.id }, accreditedOn: "2015-05-01" },
  );
  const lastWeek = weekPeriod(new Date(Date.now() - WEEK_MS), "Europe/London");
  await claimJobPeriod(ctx, { job: "digest", period: lastWeek });
  await opened.$disconnect();
  return url;
}

async function eventually(probe: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const logLine = (note: string) => `log coled 1 today with ${escapedMention("leader")} note ${note}`;

describe.skipIf(!onPostgres)("two replicas on one PostgreSQL behind a round-robin proxy", () => {
  it("take a stream of logs and confirms through a rolling restart: no failure, no duplicate, nothing acknowledged lost, one digest", async () => {
    emulator = await startCastEmulator();
    const slack = emulator;
    const url = await societyDatabase(slack.workspace.teamId);
    // Monday 00:00: this week's digest is always due by the time the replicas start.
    const env = botEnv(slack.url, url, { DIGEST_CRON: "0 0 * * 1" });
    // Both start at once: each checks for pending migrations under one advisory lock, in turn.
    const replicas = await Promise.all([
      startListening(env, START_MS),
      startListening(env, START_MS),
    ]);
    running.push(...replicas.map((replica) => replica.bot));
    proxy = await startRoundRobinProxy(replicas.map((replica) => replica.port));
    const through = createSlackDriver({
      botUrl: `${proxy.url}/slack/events`,
      signingSecret: PROCESS_SECRET,
      emulator: slack,
    });
    db = await openDatabase(url, testKeyring);
    const database = db;

    const statuses: number[] = [];
    const acknowledged: string[] = [];
    const confirmed = new Set<number>();
    let restarted = false;
    for (let round = 0; round < 16; round++) {
      if (round === 6) {
        // A rolling restart of the first replica while requests keep coming.
        const [first] = replicas;
        first?.bot.child.kill("SIGTERM");
        void first?.bot.exited.then(async () => {
          const again = await startListening(env, START_MS);
          running.push(again.bot);
          if (proxy) proxy.backends[0] = again.port;
          restarted = true;
        });
      }
      const waiting = await database.activityEntry.findMany({
        where: { state: "claimed", requestTs: { not: null } },
      });
      const clicks = waiting
        .filter((entry) => !confirmed.has(entry.id))
        .map((entry) => {
          confirmed.add(entry.id);
          return through.clickButton({
            userId: CAST.leader.id,
            actionId: "supervision_entry_confirm",
            container: { channelId: entry.requestChannel ?? "", messageTs: entry.requestTs ?? "" },
            value: JSON.stringify({ id: entry.id, version: entry.version }),
          });
        });
      const logs = [0, 1].map(async (lane) => {
        const note = `replica-r${round}-l${lane}`;
        const answer = await through.slashCommand({ userId: CAST.trainee.id, text: logLine(note) });
        if (JSON.stringify(answer.body).includes("Logged")) acknowledged.push(note);
        return answer;
      });
      const answers = await Promise.all([...logs, ...clicks]);
      statuses.push(...answers.map((answer) => answer.status));
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    await eventually(async () => restarted, START_MS);

    expect(statuses.filter((status) => status !== 200)).toEqual([]);
    expect(acknowledged.length).toBeGreaterThan(20);
    expect(confirmed.size).toBeGreaterThan(10);
    await eventually(
      async () =>
        (await database.outboxItem.count({ where: { deliveredAt: null, failedAt: null } })) === 0,
      60_000,
    );
    const entries = await database.activityEntry.findMany({ where: { kind: "coled" } });
    const notes = entries.map((entry) => entry.note ?? "");
    // Every acknowledged log stored, once.
    for (const note of acknowledged) expect(notes.filter((n) => n === note)).toHaveLength(1);
    expect(new Set(notes).size).toBe(notes.length);
    // Every confirm stored; every entry in exactly one confirmation DM, no DM posted twice.
    const confirmedNow = entries.filter((entry) => entry.state === "confirmed").map((e) => e.id);
    expect(new Set(confirmedNow)).toEqual(confirmed);
    expect(entries.filter((entry) => entry.requestTs === null)).toEqual([]);
    const dms = slack.messagesIn(slack.dmChannelFor(CAST.leader.id));
    expect(new Set(entries.map((entry) => entry.requestTs))).toEqual(
      new Set(dms.map((dm) => dm.ts)),
    );
    expect(await database.outboxItem.count({ where: { failedAt: { not: null } } })).toBe(0);
    // This week's digest: one, between two replicas and a restart.
    expect(slack.messagesIn(CHANNELS.subcommittee.id)).toHaveLength(1);
    for (const bot of running) expect(bot.output()).not.toMatch(/went wrong|"level":50/i);
  }, 420_000);
});
