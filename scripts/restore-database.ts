import { existsSync } from "node:fs";
import { z } from "zod";
import { RestoreRefused, restoreBackup } from "../src/db/backups/restore.ts";
import { DEFAULT_DATABASE_URL, sqliteFilePath } from "../src/db/database-url.ts";

/**
 * `npm run db:restore -- <backup file>`: puts a backup in place of the database that
 * DATABASE_URL names (from the environment or .env, as `npm start` reads it).
 */
if (existsSync(".env")) process.loadEnvFile(".env");
const args = z.tuple([z.string().min(1, "name the backup file")]).safeParse(process.argv.slice(2));
const env = z
  .object({
    DATABASE_URL: z
      .string()
      .trim()
      .startsWith("file:", "should be an SQLite file URL")
      .default(DEFAULT_DATABASE_URL),
  })
  .safeParse(process.env);
if (!args.success || !env.success) {
  process.stderr.write(
    "Usage: npm run db:restore -- <backup file>\nRestores into the database DATABASE_URL names (default file:./data/balint-pathway.db).\n",
  );
  process.exit(2);
}
const [backup] = args.data;
const database = sqliteFilePath(env.data.DATABASE_URL);
try {
  const { keptAside } = restoreBackup(backup, database, new Date());
  process.stdout.write(
    [
      `Restored ${backup} into ${database}.`,
      keptAside
        ? `The database it replaced is kept at ${keptAside}.`
        : "There was no database there before.",
      "Start the bot as usual; it applies any migrations the backup is missing (after backing it up).",
      "",
    ].join("\n"),
  );
} catch (error) {
  if (!(error instanceof RestoreRefused)) throw error;
  process.stderr.write(`Not restored: ${error.message}\n`);
  process.exit(1);
}
