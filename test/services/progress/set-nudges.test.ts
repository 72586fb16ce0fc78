import { describe, expect, it } from "vitest";
import { setNudges } from "../../../src/services/progress/set-nudges.ts";
import { PEOPLE, rejectionOf, rowCounts, useServiceDatabase } from "../../support/services.ts";

const { trainee } = PEOPLE;

const world = useServiceDatabase();

describe("setNudges", () => {
  it("turns the reminders off and on again, auditing each change", async () => {
    const off = await setNudges(world.ctx, trainee, { optedOut: true });
    expect(off.changed).toBe(true);
    expect(off.person.nudgesOptedOut).toBe(true);

    const on = await setNudges(world.ctx, trainee, { optedOut: false });
    expect(on).toMatchObject({ changed: true, person: { nudgesOptedOut: false } });

    const audit = await world.db.auditLog.findMany({ orderBy: { id: "asc" } });
    expect(audit.map((row) => row.action)).toEqual(["nudges.turned_off", "nudges.turned_on"]);
    expect(audit[0]).toMatchObject({ subjectType: "person", subjectId: off.person.id });
  });

  it("is a no-op, with nothing audited, when the setting already has that value", async () => {
    await setNudges(world.ctx, trainee, { optedOut: true });
    const again = await setNudges(world.ctx, trainee, { optedOut: true });
    expect(again.changed).toBe(false);
    expect(await world.db.auditLog.count()).toBe(1);
  });

  it("leaves a new person opted in when asked to turn reminders on", async () => {
    const result = await setNudges(world.ctx, trainee, { optedOut: false });
    expect(result).toMatchObject({ changed: false, person: { nudgesOptedOut: false } });
    expect(await world.db.person.count()).toBe(1);
  });

  it("refuses a value that is not yes or no, writing nothing", async () => {
    const message = await rejectionOf(
      setNudges(world.ctx, trainee, { optedOut: "maybe" as unknown as boolean }),
      "INVALID_INPUT",
    );
    expect(message).toBe("Say whether to turn the reminders on or off.");
    expect(await rowCounts(world.db)).toMatchObject({ people: 0, audit: 0 });
  });
});
