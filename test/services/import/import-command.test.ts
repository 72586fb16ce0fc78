import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SlackEmulator, startSlackEmulator } from "../../../src/dev/emulator/index.ts";
import { botEnv } from "../../support/bot-process.ts";
import { copyTemplateDatabase } from "../../support/database.ts";

const run = promisify(execFile);
const ADMIN = "U0ADMIN";
let emulator: SlackEmulator;
let env: Record<string, string>;

beforeAll(async () => {
  emulator = await startSlackEmulator({
    workspace: {
      users: [
        { id: ADMIN },
        { id: "U0AHMED", email: "ahmed@example.org", realName: "Dr Ahmed" },
        { id: "U0BROWN123", realName: "Dr Brown" },
      ],
    },
  });
  env = {
    PATH: process.env.PATH ?? "",
    ...botEnv(emulator.url, await copyTemplateDatabase(), { ADMIN_USER_IDS: ADMIN }),
  };
});
afterAll(async () => {
  await emulator.close();
});

/** `npm run import -- …` as a real process: its exit code and what it printed. */
async function importCommand(...args: string[]) {
  const command = [process.execPath, ["--import", "tsx", "scripts/import.ts", ...args]] as const;
  try {
    const { stdout, stderr } = await run(command[0], [...command[1]], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("npm run import", () => {
  const file = "docs/import-example/leaders.csv";

  it("prints a dry run row by row, then imports, then a second run changes nothing", async () => {
    const dry = await importCommand(file, "--dry-run");
    expect(dry).toMatchObject({ code: 0, stderr: "" });
    expect(dry.stdout).toContain(
      "line 2: would add: ahmed@example.org on the register from 1 Mar 2015",
    );
    expect(dry.stdout).toContain("Dry run of the register file: 2 would add. Nothing was written.");
    const real = await importCommand(file);
    expect(real.stdout).toContain("Imported the register file: 2 added.");
    const again = await importCommand(file);
    expect(again.stdout).toContain("Imported the register file: 2 unchanged.");
  }, 180_000);

  it("refuses an importer who is not an admin, and a missing file name", async () => {
    const stranger = await importCommand(file, "--by", "U0STRANGER");
    expect(stranger.code).toBe(2);
    expect(stranger.stderr).toContain("U0STRANGER is not listed");
    const bare = await importCommand();
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain("Usage: npm run import");
  }, 180_000);
});
