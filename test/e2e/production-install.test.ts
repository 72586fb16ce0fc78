import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import {
  createSlackDriver,
  type SlackEmulator,
  startSlackEmulator,
} from "../../src/dev/emulator/index.ts";
import {
  type BotProcess,
  botEnv,
  PROCESS_SECRET,
  startMain,
  waitForOutput,
} from "../support/bot-process.ts";
import { CAST } from "../support/cast.ts";
import { unmigratedDatabaseUrl } from "../support/database.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
/** What the container image copies (see the Dockerfile), without the development tools. */
const SHIPPED = [
  "package.json",
  "package-lock.json",
  "prisma.config.ts",
  "tsconfig.json",
  "prisma",
];

const folder = mkdtempSync(path.join(os.tmpdir(), "balint-production-"));
let emulator: SlackEmulator | undefined;
let running: BotProcess | undefined;
afterAll(async () => {
  running?.child.kill("SIGKILL");
  await emulator?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe("a production install (npm ci --omit=dev, no src/dev)", () => {
  it("starts the bot and answers a signed command", { timeout: 240_000 }, async () => {
    for (const name of SHIPPED)
      cpSync(path.join(ROOT, name), path.join(folder, name), { recursive: true });
    cpSync(path.join(ROOT, "src"), path.join(folder, "src"), {
      recursive: true,
      filter: (from) => !/[/\\]src[/\\](dev|generated)([/\\]|$)/.test(from),
    });
    await promisify(execFile)("npm", ["ci", "--omit=dev", "--no-audit", "--no-fund"], {
      cwd: folder,
      env: process.env,
    });

    emulator = await startSlackEmulator({ workspace: { users: Object.values(CAST) } });
    running = startMain(botEnv(emulator.url, unmigratedDatabaseUrl()), folder);
    const [, port] = await waitForOutput(running, /listening on port (\d+)/, 60_000);
    const driver = createSlackDriver({
      botUrl: `http://127.0.0.1:${port}/slack/events`,
      signingSecret: PROCESS_SECRET,
      emulator,
    });
    const help = await driver.slashCommand({ userId: CAST.trainee.id, text: "help" });
    expect(help.status).toBe(200);
    expect(JSON.stringify(help.body)).toContain("/balint log");
  });
});
