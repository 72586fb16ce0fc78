import { expect, it } from "vitest";
import { databaseBefore, insertFullRow } from "../support/migrations.ts";

const OUTBOX_WAITS = "20261203131254_outbox_waits";

it("the outbox_waits migration rebuilds the outbox keeping every column, with no waits counted", () => {
  const { db, migrateRest } = databaseBefore(OUTBOX_WAITS);
  const before = insertFullRow(db, "outbox", 5);

  migrateRest();

  expect(db.prepare("SELECT * FROM outbox").get()).toEqual({ ...(before as object), waits: 0 });
  db.close();
});
