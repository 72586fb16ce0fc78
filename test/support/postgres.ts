import pg from "pg";
import { isPostgresUrl, withDatabaseName } from "../../src/db/database-url.ts";

/**
 * The PostgreSQL server the tests run on, when `TEST_DATABASE_URL` (or `DATABASE_URL`) is a
 * `postgres://` URL; undefined means SQLite files.
 */
export function testPostgresUrl(): string | undefined {
  return [process.env.TEST_DATABASE_URL, process.env.DATABASE_URL].find(
    (url): url is string => url !== undefined && isPostgresUrl(url),
  );
}

/** True when this run's tests use PostgreSQL. */
export const onPostgres = testPostgresUrl() !== undefined;

/** Runs statements on the server's maintenance database (`postgres`), one connection. */
export async function onServer<T>(
  url: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabaseName(url, "postgres") });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The database name a URL names. */
export function databaseNameOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

/**
 * A new database copied from `template` (`CREATE DATABASE … TEMPLATE …`: a file copy on the
 * server, much faster than migrating). Retried while another copy of the same template is
 * being taken, which PostgreSQL refuses.
 */
export async function createFromTemplate(templateUrl: string, name: string): Promise<string> {
  const template = databaseNameOf(templateUrl);
  await onServer(templateUrl, async (client) => {
    for (let attempt = 0; ; attempt += 1) {
      try {
        await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
        return;
      } catch (error) {
        const busy = (error as { code?: string }).code === "55006";
        if (!busy || attempt >= 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 100));
      }
    }
  });
  return withDatabaseName(templateUrl, name);
}
