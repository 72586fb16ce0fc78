import { describe, expect, it } from "vitest";
import { migrationFolders, migrationSql, openSqlite } from "../support/migrations.ts";

const NEW_MIGRATION = "person_erased_at";

describe(`the ${NEW_MIGRATION} migration`, () => {
  it("keeps every person and their records, with erased_at empty", () => {
    const folders = migrationFolders();
    const index = folders.findIndex((name) => name.endsWith(`_${NEW_MIGRATION}`));
    expect(index).toBeGreaterThan(0);
    const db = openSqlite();
    for (const folder of folders.slice(0, index)) db.exec(migrationSql(folder));

    db.exec(`
      INSERT INTO people (id, slack_team_id, slack_user_id, display_name, is_admin, nudges_opted_out, created_at)
        VALUES (1, 'T1', 'U1', 'Sam Patel', 0, 1, 1764150000000);
      INSERT INTO activity_entries (trainee_id, kind, occurred_on, count, note, state, created_at, updated_at)
        VALUES (1, 'group_member', '2026-11-20', 2, 'a private note', 'confirmed', 1764150000000, 1764150000000);
    `);
    db.exec(migrationSql(folders[index] ?? ""));
    for (const folder of folders.slice(index + 1)) db.exec(migrationSql(folder));

    expect(db.prepare("SELECT * FROM people").all()).toEqual([
      expect.objectContaining({
        id: 1,
        slack_user_id: "U1",
        display_name: "Sam Patel",
        nudges_opted_out: 1,
        erased_at: null,
      }),
    ]);
    expect(db.prepare("SELECT note, trainee_id FROM activity_entries").all()).toEqual([
      { note: "a private note", trainee_id: 1 },
    ]);
    db.close();
  });
});
