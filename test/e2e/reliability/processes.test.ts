import { afterEach, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../../../src/db/client.ts";
import { createSlackDriver, type SlackEmulator } from "../../../src/dev/emulator/index.ts";
import { addLeader } from "../../../src/services/register/add-leader.ts";
import { startCastEmulator } from "../../support/bot-harness.ts";
import {
  type BotProcess,
  botEnv,
  PROCESS_SECRET,
  startListening,
} from "../../support/bot-process.ts";
import { CAST, escapedMention } from "../../support/cast.ts";
import { copyTemplateDatabase } from "../../support/database.ts";
import { testKeyring } from "../../support/keys.ts";

let emulator: SlackEmulator | undefined;
let db: Database | undefined;
const running: BotProcess[] = [];
afterEach(async () => {
  for (const bot of running.splice(0)) bot.child.kill("SIGKILL");
  await db?.$disconnect();
  db = undefined;
  await emulator?.close();
  emulator = undefined;
});

/**
 * A database with Dr Ahmed on the register, so co-led sessions ask her to confirm. It is
 * closed before the bots start (each applies migrations first) and opened again to inspect.
 */
async function societyDatabase(teamId: string): Promise<string> {
  const url = await copyTemplateDatabase();
  const opened = await openDatabase(url, testKeyring);
  await addLeader(
    { db: opened, now: new Date(), timeZone: "Europe/London" },
    { teamId, userId: CAST.admin.id, isAdmin: true },
    { person: { teamId, userId: CAST.leader.id }, accreditedOn: "2015-05-01" },
  );
  await opened.$disconnect();
  return url;
}

async function start(env: Record<string, string>) {
  const started = await startListening(env);
  running.push(started.bot);
  const driver = createSlackDriver({
    botUrl: `http://127.0.0.1:${started.port}/slack/events`,
    signingSecret: PROCESS_SECRET,
    emulator: emulator as SlackEmulator,
  });
  return { ...started, driver };
}

async function eventually(probe: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const logLine = (note: string) => `log coled 1 today with ${escapedMention("leader")} note ${note}`;
const undelivered = (database: Database) =>
  database.outboxItem.count({ where: { deliveredAt: null, failedAt: null } });

describe("real bot processes", () => {
  it("keep every acknowledged log through SIGKILLs, and tell every stored one after restart", async () => {
    emulator = await startCastEmulator();
    const url = await societyDatabase(emulator.workspace.teamId);
    const acknowledged: string[] = [];
    for (let round = 0; round < 3; round++) {
      const { bot, driver } = await start(botEnv(emulator.url, url));
      let killed = false;
      const ackedBefore = acknowledged.length;
      // Mid-stream at any machine speed: once this process has acknowledged a few logs.
      const killer = (async () => {
        while (acknowledged.length - ackedBefore < 4) await sleep(20);
        await sleep(100 + round * 100);
        killed = true;
        bot.child.kill("SIGKILL");
      })();
      await Promise.all(
        [0, 1, 2, 3].map(async (lane) => {
          for (let i = 0; !killed; i++) {
            const note = `crash-r${round}-l${lane}-n${i}`;
            const answer = await driver
              .slashCommand({ userId: CAST.trainee.id, text: logLine(note) })
              .catch(() => undefined);
            if (answer?.status === 200 && JSON.stringify(answer.body).includes("Logged")) {
              acknowledged.push(note);
            }
          }
        }),
      );
      await killer;
      await bot.exited;
    }
    expect(acknowledged.length).toBeGreaterThan(10);

    // The next start delivers what the killed processes stored but had not yet told.
    await start(botEnv(emulator.url, url));
    db = await openDatabase(url, testKeyring);
    const database = db;
    // Items a killed process was delivering are taken again once its 30 s hold lapses.
    await eventually(async () => (await undelivered(database)) === 0, 90_000);
    const entries = await database.activityEntry.findMany({ where: { kind: "coled" } });
    const notes = new Set(entries.map((entry) => entry.note));
    for (const note of acknowledged) expect(notes).toContain(note);
    // Every stored entry is in a confirmation DM, and no write was left half done.
    expect(entries.filter((entry) => entry.requestTs === null)).toEqual([]);
    expect(await database.auditLog.count({ where: { action: "entry.logged" } })).toBe(
      entries.length,
    );
    expect(await database.outboxItem.count({ where: { failedAt: { not: null } } })).toBe(0);
    const dms = emulator.messagesIn(emulator.dmChannelFor(CAST.leader.id));
    expect(new Set(entries.map((entry) => entry.requestTs))).toEqual(
      new Set(dms.map((dm) => dm.ts)),
    );
  }, 240_000);

  it("share one database, one logging and one confirming, without a locked database", async () => {
    const dmShowsConfirm = (entry: {
      id: number;
      version: number;
      requestChannel: string | null;
      requestTs: string | null;
    }) =>
      elementsIn(emulator?.message(entry.requestChannel ?? "", entry.requestTs ?? "")?.blocks).some(
        (element) =>
          element.action_id === "supervision_entry_confirm" &&
          element.value === JSON.stringify({ id: entry.id, version: entry.version }),
      );
    emulator = await startCastEmulator();
    const url = await societyDatabase(emulator.workspace.teamId);
    const logger = await start(botEnv(emulator.url, url));
    const confirmer = await start(botEnv(emulator.url, url));
    db = await openDatabase(url, testKeyring);
    const database = db;
    const statuses: number[] = [];
    const confirmed = new Set<number>();
    for (let i = 0; i < 20; i++) {
      const waiting = await database.activityEntry.findMany({
        where: { state: "claimed", requestTs: { not: null } },
      });
      const clicks = waiting
        // As the leader would: an entry is clicked once its DM shows it. It is stored as in the DM
        // just before the DM is redrawn with it.
        .filter((entry) => !confirmed.has(entry.id) && dmShowsConfirm(entry))
        .map((entry) => {
          confirmed.add(entry.id);
          return confirmer.driver.clickButton({
            userId: CAST.leader.id,
            actionId: "supervision_entry_confirm",
            container: {
              channelId: entry.requestChannel ?? "",
              messageTs: entry.requestTs ?? "",
            },
            value: JSON.stringify({ id: entry.id, version: entry.version }),
          });
        });
      const answers = await Promise.all([
        logger.driver.slashCommand({ userId: CAST.trainee.id, text: logLine(`two-${i}`) }),
        logger.driver.slashCommand({ userId: CAST.trainee.id, text: logLine(`two-${i}b`) }),
        ...clicks,
      ]);
      statuses.push(...answers.map((answer) => answer.status));
    }
    expect(statuses.every((status) => status === 200)).toBe(true);
    expect(confirmed.size).toBeGreaterThan(10);
    await eventually(
      async () =>
        (await database.activityEntry.count({ where: { state: "confirmed" } })) === confirmed.size,
      15_000,
    );
    await eventually(async () => (await undelivered(database)) === 0, 15_000);
    expect(await database.activityEntry.count()).toBe(40);
    for (const bot of [logger.bot, confirmer.bot]) {
      expect(bot.output()).not.toMatch(/database is locked|SQLITE_BUSY|went wrong/i);
    }
  }, 120_000);
});

/** Every object nested in a message's blocks (buttons among them). */
function elementsIn(node: unknown): { action_id?: unknown; value?: unknown }[] {
  if (Array.isArray(node)) return node.flatMap(elementsIn);
  if (typeof node !== "object" || node === null) return [];
  return [node, ...Object.values(node).flatMap(elementsIn)];
}
