import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { withDatabaseName } from "../../src/db/database-url.ts";
import { migrationNames } from "../../src/db/migrate.ts";
import { onServer, testPostgresUrl } from "../support/postgres.ts";

/** `migratePostgresOnce(url)` in a process of its own; resolves to its exit code and output. */
function migrateInProcess(url: string): Promise<{ code: number | null; output: string }> {
  const script = `import("./src/db/postgres/migrate-once.ts").then((m) => m.migratePostgresOnce(${JSON.stringify(url)}))`;
  const child = spawn(process.execPath, ["--import", "tsx", "-e", script], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, output })));
}

describe.skipIf(!testPostgresUrl())(
  "migrations on PostgreSQL, several replicas starting at once",
  () => {
    it("are applied once: three processes on an empty database all succeed, each migration recorded once", async () => {
      const server = testPostgresUrl() ?? "";
      const name = `${inject("postgresPrefix")}_migrate_${randomUUID().slice(0, 8)}`;
      await onServer(server, (client) => client.query(`CREATE DATABASE "${name}"`));
      const url = withDatabaseName(server, name);

      const runs = await Promise.all([1, 2, 3].map(() => migrateInProcess(url)));

      expect(runs.filter((run) => run.code !== 0).map((run) => run.output)).toEqual([]);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const { rows } = await client.query<{ migration_name: string }>(
          "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name",
        );
        expect(rows.map((row) => row.migration_name)).toEqual(migrationNames("postgresql"));
      } finally {
        await client.end();
      }
    }, 180_000);
  },
);
