import { expect, it } from "vitest";
import { effectSchema } from "../../src/domain/effects.ts";
import { databaseBefore, insertFullRow } from "../support/migrations.ts";

const ENTRY_VERSION = "20261203123449_entry_version";

it("the entry_version migration rebuilds activity_entries keeping every column, at version 1", () => {
  const { db, migrateRest } = databaseBefore(ENTRY_VERSION);
  db.exec(`INSERT INTO people (id, slack_team_id, slack_user_id, display_name, is_admin, created_at)
    VALUES (1, 'T1', 'U1', 'Sam Patel', 0, 1764150000000)`);
  const before = insertFullRow(db, "activity_entries", 7);

  migrateRest();

  expect(db.prepare("SELECT * FROM activity_entries").get()).toEqual({
    ...(before as object),
    version: 1,
  });
  db.close();
});

it("queues one redraw of each confirmation DM still asking, so its buttons carry versions", () => {
  const { db, migrateRest } = databaseBefore(ENTRY_VERSION);
  db.exec(`
    INSERT INTO people (id, slack_team_id, slack_user_id, display_name, is_admin, created_at)
      VALUES (1, 'T1', 'U1', 'Sam Patel', 0, 1764150000000);
    INSERT INTO activity_entries (id, trainee_id, kind, occurred_on, state, request_channel, request_ts, updated_at)
      VALUES (1, 1, 'coled', '2026-11-20', 'claimed', 'D1', '100.1', 1764150000000),
             (2, 1, 'coled', '2026-11-21', 'claimed', 'D1', '100.1', 1764150000000),
             (3, 1, 'coled', '2026-11-22', 'confirmed', 'D1', '200.2', 1764150000000),
             (4, 1, 'coled', '2026-11-23', 'claimed', NULL, NULL, 1764150000000);
  `);
  migrateRest();

  const queued = db.prepare("SELECT effect, payload, due_at FROM outbox").all() as {
    effect: string;
    payload: string;
    due_at: string;
  }[];
  expect(queued).toHaveLength(1);
  expect(queued[0]?.effect).toBe("confirmations.redraw");
  expect(effectSchema.parse(JSON.parse(queued[0]?.payload ?? ""))).toEqual({
    type: "confirmations.redraw",
    channel: "D1",
    ts: "100.1",
  });
  expect(new Date(queued[0]?.due_at ?? "").getTime()).toBeGreaterThan(Date.now() - 60_000);
  db.close();
});
