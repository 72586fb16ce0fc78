/**
 * `npm run import -- <file.csv> [--dry-run] [--by U0ADMIN]`: loads the register of accredited
 * leaders or past entries from the society's records (the header row says which; see the
 * README). People are found in Slack by user id or email. `--by` names the admin recorded as
 * importing (default: the first of ADMIN_USER_IDS).
 */
import { existsSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { WebClient } from "@slack/web-api";
import { ConfigError, loadConfig } from "../src/config.ts";
import { openDatabase } from "../src/db/client.ts";
import { isPostgresUrl, sqliteFilePath } from "../src/db/database-url.ts";
import { keyringFromConfig } from "../src/db/encryption/keyring.ts";
import { applyMigrations, migrationsNeeded } from "../src/db/migrate.ts";
import { migratePostgresOnce } from "../src/db/postgres/migrate-once.ts";
import { AppError } from "../src/domain/app-error.ts";
import { formatImportReport, runImport } from "../src/slack/import/run-import.ts";

const USAGE = "Usage: npm run import -- <leaders.csv | entries.csv> [--dry-run] [--by U0ADMIN]\n";

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { "dry-run": { type: "boolean", default: false }, by: { type: "string" } },
    allowPositionals: true,
  });
  const [file] = positionals;
  if (!file || positionals.length > 1) {
    process.stderr.write(USAGE);
    return 2;
  }
  if (existsSync(".env")) process.loadEnvFile(".env");
  const config = loadConfig(process.env);
  const by = values.by ?? config.ADMIN_USER_IDS[0];
  if (!by || !config.ADMIN_USER_IDS.includes(by)) {
    process.stderr.write(
      `The import is recorded as done by an admin: name one listed in ADMIN_USER_IDS with --by${by ? ` (${by} is not listed)` : ""}.\n`,
    );
    return 2;
  }
  const text = readFileSync(file, "utf8");
  const client = new WebClient(config.SLACK_BOT_TOKEN, {
    ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}),
  });
  const { team_id: teamId } = await client.auth.test();
  if (!teamId) throw new Error("auth.test returned no team");
  if (isPostgresUrl(config.DATABASE_URL)) await migratePostgresOnce(config.DATABASE_URL);
  else if (migrationsNeeded(sqliteFilePath(config.DATABASE_URL)))
    applyMigrations(config.DATABASE_URL);
  const db = await openDatabase(config.DATABASE_URL, keyringFromConfig(config));
  try {
    const ctx = { db, now: new Date(), timeZone: config.TIMEZONE };
    const admin = { teamId, userId: by, isAdmin: true };
    const report = await runImport(ctx, client, admin, { text, dryRun: values["dry-run"] });
    process.stdout.write(formatImportReport(report));
    return 0;
  } finally {
    await db.$disconnect();
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  const known = error instanceof AppError || error instanceof ConfigError;
  process.stderr.write(
    `${known ? (error instanceof AppError ? error.userMessage : error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
}
