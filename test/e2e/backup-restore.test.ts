import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, expect, it } from "vitest";
import { sqliteFilePath } from "../../src/db/database-url.ts";
import { runScheduledBackup } from "../../src/jobs/backup.ts";
import { harnessJobs } from "../jobs/support.ts";
import { commandReply, type Harness, startHarness } from "../support/bot-harness.ts";
import { CAST } from "../support/cast.ts";
import { unmigratedDatabaseUrl } from "../support/database.ts";
import { sqliteOnly } from "../support/sqlite-only.ts";

const sam = CAST.trainee.id;
const running: Harness[] = [];
const folders: string[] = [];
afterEach(async () => {
  for (const h of running.splice(0)) await h.stop();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function tempFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), "balint-backups-"));
  folders.push(folder);
  return folder;
}

async function start(...args: Parameters<typeof startHarness>): Promise<Harness> {
  const h = await startHarness(...args);
  running.push(h);
  return h;
}

/** `npm run db:restore -- <file>`, as its own process, restoring into `databaseUrl`. */
async function restore(file: string, databaseUrl: string): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "scripts/restore-database.ts", file],
      { env: { PATH: process.env.PATH ?? "", DATABASE_URL: databaseUrl } },
    );
    return { code: 0, out: stdout };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, out: `${failed.stdout ?? ""}${failed.stderr ?? ""}` };
  }
}

async function until(condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

sqliteOnly("file backups and db:restore are SQLite's; on PostgreSQL, backups are the server's")(
  "backups that restore",
  () => {
    it("backs up while /balint log keeps writing; the restored copy has every entry acknowledged before", async () => {
      const backupDir = tempFolder();
      const h = await start({ env: { BACKUP_DIR: backupDir } });
      const acknowledged: string[] = [];
      let writing = true;
      const loop = (async () => {
        for (let i = 0; writing; i++) {
          const reply = await commandReply(h, sam, `log group 1 today note entry-${i}`);
          if (JSON.stringify(reply.body).includes("Logged")) acknowledged.push(`entry-${i}`);
        }
      })();
      await until(() => acknowledged.length >= 5);
      const beforeBackup = [...acknowledged];
      const { deps } = harnessJobs(h);
      expect(await runScheduledBackup(deps, h.clock.now)).toBe("done");
      const atBackup = acknowledged.length;
      await until(() => acknowledged.length >= atBackup + 3);
      writing = false;
      await loop;

      const backups = readdirSync(backupDir);
      expect(backups).toHaveLength(1);
      const backup = path.join(backupDir, backups[0] ?? "");

      const refused = await restore(backup, h.config.DATABASE_URL);
      expect(refused.code).toBe(1);
      expect(refused.out).toContain("The bot is running on");

      const restoredUrl = unmigratedDatabaseUrl();
      const restored = await restore(backup, restoredUrl);
      expect(restored).toMatchObject({ code: 0 });
      const copy = await start({ databaseUrl: restoredUrl });
      const entries = await copy.bot.db.activityEntry.findMany({ select: { note: true } });
      const notes = entries.map((entry) => entry.note);
      expect(notes).toEqual(expect.arrayContaining(beforeBackup));
      expect(notes.length).toBeLessThan(acknowledged.length);
    }, 120_000);

    it("refuses a file that is not a backup, and keeps the replaced database aside", async () => {
      const folder = tempFolder();
      const notDatabase = path.join(folder, "notes.db");
      writeFileSync(notDatabase, "not SQLite at all");
      const targetUrl = unmigratedDatabaseUrl();
      const bad = await restore(notDatabase, targetUrl);
      expect(bad.code).toBe(1);
      expect(bad.out).toContain("cannot be restored");
      expect(existsSync(sqliteFilePath(targetUrl))).toBe(false);

      const backupDir = tempFolder();
      const h = await start({ env: { BACKUP_DIR: backupDir } });
      const { deps } = harnessJobs(h);
      await runScheduledBackup(deps, h.clock.now);
      const backup = path.join(backupDir, readdirSync(backupDir)[0] ?? "");
      await h.stop();
      running.splice(0);
      const databaseFile = sqliteFilePath(h.config.DATABASE_URL);
      const result = await restore(backup, h.config.DATABASE_URL);
      expect(result.code).toBe(0);
      const aside = /kept at (\S+)\.\n/.exec(result.out)?.[1];
      expect(aside).toMatch(new RegExp(`^${databaseFile.replaceAll(".", "\\.")}\\.replaced-`));
      expect(existsSync(aside ?? "")).toBe(true);
    }, 60_000);

    it("tells each admin once when a backup fails, and not again that day", async () => {
      const folder = tempFolder();
      const aFile = path.join(folder, "a-file");
      writeFileSync(aFile, "");
      const h = await start({ env: { BACKUP_DIR: path.join(aFile, "backups") } });
      const { deps } = harnessJobs(h);
      expect(await runScheduledBackup(deps, h.clock.now)).toBe("failed");
      expect(await runScheduledBackup(deps, h.clock.now)).toBe("already_claimed");
      await h.bot.outbox.idle();
      const adminDm = h.emulator.dmChannelFor(CAST.admin.id);
      const told = h.emulator
        .callsTo("chat.postMessage")
        .filter((call) => call.args.channel === adminDm);
      expect(told).toHaveLength(1);
      expect(JSON.stringify(told[0]?.args.text)).toContain(
        "The database backup of 2026-11-26 failed",
      );
    });
  },
);
