import { describe, expect, it } from "vitest";
import { databaseBefore } from "../support/migrations.ts";

/** The first of the migrations that add imports, snoozes, society criteria and Home views. */
const FIRST_NEW = "20261202111729_imports_and_documents";

describe("the migrations from imports_and_documents on", () => {
  it("keep every row as it was, with the new columns empty or at their defaults", () => {
    const { db, migrateRest } = databaseBefore(FIRST_NEW);
    db.exec(`
      INSERT INTO people (id, slack_team_id, slack_user_id, display_name, is_admin, nudges_opted_out, created_at)
        VALUES (1, 'T1', 'U1', 'Sam Patel', 0, 1, 1764150000000);
      INSERT INTO trainee_profiles (id, person_id, professional_training, ruleset_id, created_at, updated_at)
        VALUES (1, 1, 'General practice', 'bsuk-2016-02', 1764150000000, 1764150000000);
      INSERT INTO activity_entries (id, trainee_id, kind, occurred_on, count, note, state, created_at, updated_at)
        VALUES (1, 1, 'coled', '2026-11-20', 1, 'a private note', 'claimed', 1764150000000, 1764150000000);
      INSERT INTO applications (id, trainee_id, status, statement, evaluation_snapshot, ruleset_id, created_at, updated_at)
        VALUES (1, 1, 'submitted', 'My statement', '{}', 'bsuk-2016-02', 1764150000000, 1764150000000);
    `);
    migrateRest();

    expect(db.prepare("SELECT * FROM people").get()).toMatchObject({
      display_name: "Sam Patel",
      nudges_opted_out: 1,
      confirmation_reminders_snoozed_until: null,
      home_opened_at: null,
    });
    expect(db.prepare("SELECT * FROM trainee_profiles").get()).toMatchObject({
      professional_training: "General practice",
      society_answers: null,
    });
    expect(db.prepare("SELECT * FROM activity_entries").get()).toMatchObject({
      kind: "coled",
      note: "a private note",
      state: "claimed",
      import_key: null,
      imported_at: null,
      case_discussions: null,
      recorded: null,
      provider: null,
      approved_in_advance: null,
      face_to_face: null,
    });
    expect(db.prepare("SELECT * FROM applications").get()).toMatchObject({
      statement: "My statement",
      status: "submitted",
      includes_notes: 0,
    });
    db.close();
  });
});
