import { expect, it } from "vitest";
import {
  insertFullRow,
  migrationFolders,
  migrationSql,
  openSqlite,
} from "../support/migrations.ts";

const OUTBOX_WAITS = "20261203131254_outbox_waits";

it("the outbox_waits migration rebuilds the outbox keeping every column, with no waits counted", () => {
  const folders = migrationFolders();
  const index = folders.indexOf(OUTBOX_WAITS);
  expect(index).toBeGreaterThan(0);
  const db = openSqlite();
  for (const folder of folders.slice(0, index)) db.exec(migrationSql(folder));
  const before = insertFullRow(db, "outbox", 5);

  for (const folder of folders.slice(index)) db.exec(migrationSql(folder));

  expect(db.prepare("SELECT * FROM outbox").get()).toEqual({ ...(before as object), waits: 0 });
  db.close();
});
