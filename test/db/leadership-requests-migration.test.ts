import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { withDatabaseName } from "../../src/db/database-url.ts";
import {
  migrationFolders,
  migrationSql,
  openSqlite,
  type SqliteFile,
} from "../support/migrations.ts";
import { onServer, testPostgresUrl } from "../support/postgres.ts";

const NEW_MIGRATION = "20261202140627_leadership_requests";

// Free text as the encryption stores it: the migration copies it as it is, never decrypting.
const ANSWERS = "enc:v1:0a1b2c3d:aXY:Y2lwaGVy:dGFn";
const AREA = "enc:v1:0a1b2c3d:aXY:YXJlYQ:dGFn";
const DETAILS = "enc:v1:0a1b2c3d:aXY:ZGV0YWlscw:dGFn";
const REPLY = "enc:v1:0a1b2c3d:aXY:cmVwbHk:dGFn";

/**
 * Rows in the old shape: enquiries 1 and 2 (3 was given, then deleted, as retention does), and
 * training-day requests 1 and 2, one of each answered; their audit rows and outbox items.
 */
const OLD_ROWS = (at: (iso: string) => string) => `
  INSERT INTO people (id, slack_team_id, slack_user_id) VALUES (1, 'T1', 'USAM'), (2, 'T1', 'UAHMED');
  INSERT INTO enquiries (id, person_id, answers, post_channel, post_ts, reply, answered_by_id, answered_at, created_at)
    VALUES (1, 1, '${ANSWERS}', 'C0LEAD', '1764150000.000100', '${REPLY}', 2, ${at("2026-11-21T09:00:00Z")}, ${at("2026-11-20T10:00:00Z")}),
           (2, 1, '${ANSWERS}', NULL, NULL, NULL, NULL, NULL, ${at("2026-11-22T10:00:00Z")}),
           (3, 1, '${ANSWERS}', NULL, NULL, NULL, NULL, NULL, ${at("2026-11-22T11:00:00Z")});
  DELETE FROM enquiries WHERE id = 3;
  INSERT INTO training_day_requests (id, person_id, area, details, post_channel, post_ts, reply, answered_by_id, answered_at, created_at)
    VALUES (1, 1, '${AREA}', '${DETAILS}', 'C0LEAD', '1764150000.000200', '${REPLY}', 2, ${at("2026-11-24T09:00:00Z")}, ${at("2026-11-23T10:00:00Z")}),
           (2, 1, '${AREA}', NULL, 'C0LEAD', '1764150000.000300', NULL, NULL, NULL, ${at("2026-11-25T10:00:00Z")});
  INSERT INTO audit_log (actor_id, action, subject_type, subject_id, at)
    VALUES (1, 'enquiry.submitted', 'enquiry', 2, ${at("2026-11-22T10:00:00Z")}),
           (2, 'training_day.answered', 'training_day_request', 1, ${at("2026-11-24T09:00:00Z")}),
           (2, 'entry.confirmed', 'activity_entry', 1, ${at("2026-11-24T09:00:00Z")});
  INSERT INTO outbox (effect, payload, due_at)
    VALUES ('request.show', '{"type":"request.show","subject":"enquiry","id":2}', ${at("2026-11-22T10:00:00Z")}),
           ('request.answered', '{"type":"request.answered","subject":"training_day_request","id":1}', ${at("2026-11-24T09:00:00Z")}),
           ('home.refresh', '{"type":"home.refresh","personId":1}', ${at("2026-11-24T09:00:00Z")});
`;

/** What every stored value must be after the move (ids: enquiries keep theirs; 3 + old id). */
const EXPECTED = [
  {
    id: 1,
    kind: "interest_form",
    person_id: 1,
    answers: ANSWERS,
    area: null,
    details: null,
    post_channel: "C0LEAD",
    post_ts: "1764150000.000100",
    reply: REPLY,
    answered_by_id: 2,
  },
  {
    id: 2,
    kind: "interest_form",
    person_id: 1,
    answers: ANSWERS,
    area: null,
    details: null,
    post_channel: null,
    post_ts: null,
    reply: null,
    answered_by_id: null,
  },
  {
    id: 4,
    kind: "training_day",
    person_id: 1,
    answers: null,
    area: AREA,
    details: DETAILS,
    post_channel: "C0LEAD",
    post_ts: "1764150000.000200",
    reply: REPLY,
    answered_by_id: 2,
  },
  {
    id: 5,
    kind: "training_day",
    person_id: 1,
    answers: null,
    area: AREA,
    details: null,
    post_channel: "C0LEAD",
    post_ts: "1764150000.000300",
    reply: null,
    answered_by_id: null,
  },
];
const EXPECTED_TIMES = [
  ["2026-11-21T09:00:00Z", "2026-11-20T10:00:00Z"],
  [null, "2026-11-22T10:00:00Z"],
  ["2026-11-24T09:00:00Z", "2026-11-23T10:00:00Z"],
  [null, "2026-11-25T10:00:00Z"],
];
const EXPECTED_AUDIT = [
  { action: "enquiry.submitted", subject_type: "leadership_request", subject_id: 2 },
  { action: "training_day.answered", subject_type: "leadership_request", subject_id: 4 },
  { action: "entry.confirmed", subject_type: "activity_entry", subject_id: 1 },
];
const EXPECTED_OUTBOX = [
  { type: "request.show", id: 2 },
  { type: "request.answered", id: 4 },
  { type: "home.refresh", personId: 1 },
];
const REQUEST_COLUMNS =
  "id, kind, person_id, answers, area, details, post_channel, post_ts, reply, answered_by_id";

let sqlite: SqliteFile | undefined;
afterEach(() => sqlite?.close());

describe(`the ${NEW_MIGRATION} migration`, () => {
  it("moves every enquiry and training-day request into leadership_requests on SQLite, keeping every value", () => {
    sqlite = openSqlite();
    for (const folder of migrationFolders().filter((name) => name < NEW_MIGRATION)) {
      sqlite.exec(migrationSql(folder));
    }
    sqlite.exec(OLD_ROWS((iso) => `'${iso.replace("Z", ".000+00:00")}'`));
    sqlite.exec(migrationSql(NEW_MIGRATION));

    const rows = sqlite.prepare(`SELECT * FROM leadership_requests ORDER BY id`).all() as Record<
      string,
      unknown
    >[];
    expect(rows).toEqual(
      EXPECTED.map((row, index) => ({
        ...row,
        answered_at: EXPECTED_TIMES[index]?.[0]?.replace("Z", ".000+00:00") ?? null,
        created_at: EXPECTED_TIMES[index]?.[1]?.replace("Z", ".000+00:00"),
      })),
    );
    expect(
      sqlite.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'leadership_requests'").get(),
    ).toEqual({ seq: 5 });
    expect(
      sqlite.prepare("SELECT action, subject_type, subject_id FROM audit_log ORDER BY id").all(),
    ).toEqual(EXPECTED_AUDIT);
    const outbox = sqlite.prepare("SELECT payload FROM outbox ORDER BY id").all() as {
      payload: string;
    }[];
    expect(outbox.map((item) => JSON.parse(item.payload))).toEqual(EXPECTED_OUTBOX);
    const tables = sqlite
      .prepare(
        "SELECT name FROM sqlite_master WHERE name IN ('enquiries', 'training_day_requests')",
      )
      .all();
    expect(tables).toEqual([]);
  });

  const postgresUrl = testPostgresUrl();
  it.runIf(postgresUrl)("does the same on PostgreSQL (its twin)", async () => {
    const url = postgresUrl ?? "";
    const name = `balint_migration_${process.pid}_${Date.now()}`;
    const folder = path.resolve(import.meta.dirname, "../../prisma/postgres/migrations");
    const sqlOf = (migration: string) =>
      readFileSync(path.join(folder, migration, "migration.sql"), "utf8");
    const before = readdirSync(folder)
      .filter((migration) => /^\d{14}_/.test(migration) && migration < NEW_MIGRATION)
      .sort();
    await onServer(url, (server) => server.query(`CREATE DATABASE "${name}"`));
    const client = new pg.Client({ connectionString: withDatabaseName(url, name) });
    await client.connect();
    try {
      for (const migration of before) await client.query(sqlOf(migration));
      await client.query(OLD_ROWS((iso) => `'${iso}'::timestamptz AT TIME ZONE 'UTC'`));
      // PostgreSQL's sequences, as the rows above would have left them.
      await client.query(
        "SELECT setval('enquiries_id_seq', 3), setval('training_day_requests_id_seq', 2)",
      );
      await client.query(sqlOf(NEW_MIGRATION));

      const rows = await client.query(
        `SELECT ${REQUEST_COLUMNS}, answered_at, created_at FROM leadership_requests ORDER BY id`,
      );
      const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : value);
      expect(
        rows.rows.map((row) => ({
          ...row,
          answered_at: iso(row.answered_at),
          created_at: iso(row.created_at),
        })),
      ).toEqual(
        EXPECTED.map((row, index) => ({
          ...row,
          answered_at: EXPECTED_TIMES[index]?.[0]?.replace("Z", ".000Z") ?? null,
          created_at: EXPECTED_TIMES[index]?.[1]?.replace("Z", ".000Z"),
        })),
      );
      const next = await client.query("SELECT nextval('leadership_requests_id_seq') AS id");
      expect(Number(next.rows[0]?.id)).toBe(6);
      const audit = await client.query(
        "SELECT action, subject_type, subject_id FROM audit_log ORDER BY id",
      );
      expect(audit.rows).toEqual(EXPECTED_AUDIT);
      const outbox = await client.query("SELECT payload FROM outbox ORDER BY id");
      expect(outbox.rows.map((item) => JSON.parse(item.payload))).toEqual(EXPECTED_OUTBOX);
    } finally {
      await client.end();
      await onServer(url, (server) => server.query(`DROP DATABASE IF EXISTS "${name}"`));
    }
  });
});
