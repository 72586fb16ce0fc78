import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ServiceContext } from "../../src/services/context.ts";
import { setNudges } from "../../src/services/set-nudges.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { actorFor, contextFor, rejectionOf, rowCounts } from "../support/services.ts";

let database: TestDatabase;
let ctx: ServiceContext;
const trainee = actorFor("UTRAINEE");

beforeEach(async () => {
  database = await createTestDatabase();
  ctx = contextFor(database.db);
});
afterEach(async () => {
  await database.close();
});

describe("setNudges", () => {
  it("turns the reminders off and on again, auditing each change", async () => {
    const off = await setNudges(ctx, trainee, { optedOut: true });
    expect(off.changed).toBe(true);
    expect(off.person.nudgesOptedOut).toBe(true);

    const on = await setNudges(ctx, trainee, { optedOut: false });
    expect(on).toMatchObject({ changed: true, person: { nudgesOptedOut: false } });

    const audit = await database.db.auditLog.findMany({ orderBy: { id: "asc" } });
    expect(audit.map((row) => row.action)).toEqual(["nudges.turned_off", "nudges.turned_on"]);
    expect(audit[0]).toMatchObject({ subjectType: "person", subjectId: off.person.id });
  });

  it("is a no-op, with nothing audited, when the setting already has that value", async () => {
    await setNudges(ctx, trainee, { optedOut: true });
    const again = await setNudges(ctx, trainee, { optedOut: true });
    expect(again.changed).toBe(false);
    expect(await database.db.auditLog.count()).toBe(1);
  });

  it("leaves a new person opted in when asked to turn reminders on", async () => {
    const result = await setNudges(ctx, trainee, { optedOut: false });
    expect(result).toMatchObject({ changed: false, person: { nudgesOptedOut: false } });
    expect(await database.db.person.count()).toBe(1);
  });

  it("refuses a value that is not yes or no, writing nothing", async () => {
    const message = await rejectionOf(
      setNudges(ctx, trainee, { optedOut: "maybe" as unknown as boolean }),
      "INVALID_INPUT",
    );
    expect(message).toBe("Say whether to turn the reminders on or off.");
    expect(await rowCounts(database.db)).toMatchObject({ people: 0, audit: 0 });
  });
});
