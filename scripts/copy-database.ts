import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { copyDatabase } from "../src/db/copy/copy-database.ts";
import { databaseProvider, sqliteFilePath } from "../src/db/database-url.ts";
import { applyMigrations } from "../src/db/migrate.ts";

// npm run db:copy -- --from file:./data/balint-pathway.db --to postgres://…/balint (or back).
// Stop the bot first: rows written during the copy would be left behind.
const databaseUrl = z.string().refine(
  (url) => {
    try {
      databaseProvider(url);
      return true;
    } catch {
      return false;
    }
  },
  { message: 'should be an SQLite "file:" URL or a "postgres://" URL' },
);
const { values } = parseArgs({
  options: { from: { type: "string" }, to: { type: "string" } },
});
const args = z.object({ from: databaseUrl, to: databaseUrl }).safeParse(values);
if (!args.success) {
  process.stderr.write(
    `Usage: npm run db:copy -- --from <DATABASE_URL> --to <DATABASE_URL>\n${args.error.issues.map((issue) => `--${issue.path.join(".")} ${issue.message}`).join("\n")}\n`,
  );
  process.exit(1);
}
const from = args.data.from;
if (databaseProvider(from) === "sqlite" && !existsSync(sqliteFilePath(from))) {
  process.stderr.write(`--from names no file: ${sqliteFilePath(from)}\n`);
  process.exit(1);
}
try {
  applyMigrations(args.data.to);
  const copied = await copyDatabase(args.data.from, args.data.to);
  for (const { table, rows } of copied) process.stdout.write(`${table}: ${rows} rows\n`);
  process.stdout.write(
    `Copied every table; the counts agree. Keep DATA_ENCRYPTION_KEY: the text is copied encrypted as stored.\n`,
  );
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
