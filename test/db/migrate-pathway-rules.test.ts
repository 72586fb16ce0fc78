import { afterEach, describe, expect, it } from "vitest";
import {
  migrationFolders,
  migrationSql,
  openSqlite,
  type SqliteFile,
} from "../support/migrations.ts";

const NEW_MIGRATION = "20261202082855_pathway_rules";

/** Every migration folder before `NEW_MIGRATION`, oldest first. */
function previousMigrations(): string[] {
  return migrationFolders().filter((name) => name < NEW_MIGRATION);
}

let db: SqliteFile | undefined;
afterEach(() => db?.close());

describe(`the ${NEW_MIGRATION} migration`, () => {
  it("carries the register and confirmed memberships forward from the previous schema", () => {
    db = openSqlite();
    for (const folder of previousMigrations()) db.exec(migrationSql(folder));
    // Rows in the OLD shape: a current leader, a removed one (ISO text and epoch-ms instants,
    // as Prisma's adapter and engine each store them), a confirmed member and a weekend.
    db.exec(`
      INSERT INTO people (id, slack_team_id, slack_user_id) VALUES (1, 'T1', 'UADMIN'), (2, 'T1', 'UAHMED'), (3, 'T1', 'UBROWN'), (4, 'T1', 'UCHEN'), (5, 'T1', 'USAM');
      INSERT INTO accredited_leaders (id, person_id, accredited_on, added_by_id, removed_at, removed_by_id, created_at)
        VALUES (1, 2, '2015-01-01', 1, NULL, NULL, '2020-01-01T10:00:00.000+00:00'),
               (2, 3, '2016-05-01', 1, '2026-11-20T15:30:00.000+00:00', 1, '2020-01-01T10:00:00.000+00:00'),
               (3, 4, '2017-07-01', NULL, 1795000000000, 1, 1577872800000);
      INSERT INTO trainee_profiles (id, person_id, uk_balint_member, membership_confirmed_at, professional_training, psychoanalytic_training, pathway_started_on, ruleset_id, updated_at)
        VALUES (1, 5, 1, '2026-03-01T09:00:00.000+00:00', 'GP', 0, '2019-03-01', 'bsuk-2016-02', '2026-03-01T09:00:00.000+00:00');
      INSERT INTO activity_entries (id, trainee_id, kind, occurred_on, count, state, updated_at)
        VALUES (1, 5, 'weekend_member', '2026-03-14', 1, 'confirmed', '2026-03-14T09:00:00.000+00:00');
    `);

    db.exec(migrationSql(NEW_MIGRATION));

    const periods = db
      .prepare(
        "SELECT leader_id, from_on, to_on, opened_by_id, closed_by_id FROM accreditation_periods ORDER BY leader_id",
      )
      .all();
    expect(periods).toEqual([
      { leader_id: 1, from_on: "2015-01-01", to_on: null, opened_by_id: 1, closed_by_id: null },
      {
        leader_id: 2,
        from_on: "2016-05-01",
        to_on: "2026-11-20",
        opened_by_id: 1,
        closed_by_id: 1,
      },
      {
        leader_id: 3,
        from_on: "2017-07-01",
        to_on: "2026-11-18",
        opened_by_id: null,
        closed_by_id: 1,
      },
    ]);
    const leaders = db
      .prepare("SELECT id, accredited_on, removed_at FROM accredited_leaders")
      .all();
    expect(leaders).toHaveLength(3);
    expect(
      db
        .prepare(
          "SELECT uk_balint_member, membership_confirmed_on, pathway_started_on, ruleset_id, pathway_start_set_by_id FROM trainee_profiles",
        )
        .get(),
    ).toEqual({
      uk_balint_member: 1,
      membership_confirmed_on: "2026-03-01",
      pathway_started_on: "2019-03-01",
      ruleset_id: "bsuk-2016-02",
      pathway_start_set_by_id: null,
    });
    expect(db.prepare("SELECT count, group_sessions FROM activity_entries").get()).toEqual({
      count: 1,
      group_sessions: null,
    });
  });
});
