import { describe, expect, it } from "vitest";
import {
  checkEntryDecider,
  NOT_YOUR_SESSION,
} from "../../../src/services/confirmations/check-entry-decider.ts";
import { decideEntry } from "../../../src/services/confirmations/decide-entry.ts";
import {
  logColed,
  PEOPLE,
  rejectionOf,
  seedLeader,
  useServiceDatabase,
} from "../../support/services.ts";

const { trainee, ahmed, stranger } = PEOPLE;

const world = useServiceDatabase(async (ctx) => {
  await seedLeader(ctx, ahmed, "2015-05-01");
});

const coled = () => logColed(world.ctx, trainee, ahmed, { note: "Private" });

describe("checkEntryDecider", () => {
  it("returns the entry to its confirmer", async () => {
    const entry = await coled();
    expect(await checkEntryDecider(world.ctx, ahmed, { entryId: entry.id })).toMatchObject({
      id: entry.id,
      state: "claimed",
    });
  });

  it("refuses the trainee, a stranger and a missing entry, as decideEntry would", async () => {
    const entry = await coled();
    expect(
      await rejectionOf(checkEntryDecider(world.ctx, trainee, { entryId: entry.id }), "FORBIDDEN"),
    ).toBe("You can't confirm or query your own sessions.");
    expect(
      await rejectionOf(checkEntryDecider(world.ctx, stranger, { entryId: entry.id }), "FORBIDDEN"),
    ).toBe(NOT_YOUR_SESSION);
    expect(
      await rejectionOf(checkEntryDecider(world.ctx, ahmed, { entryId: 999 }), "FORBIDDEN"),
    ).toBe(NOT_YOUR_SESSION);
  });

  it("shows a decided entry as it is", async () => {
    const entry = await coled();
    await decideEntry(world.ctx, ahmed, { entryId: entry.id, version: 1, decision: "confirm" });
    expect(await checkEntryDecider(world.ctx, ahmed, { entryId: entry.id })).toMatchObject({
      state: "confirmed",
      decidedBy: { slackUserId: "UAHMED" },
    });
  });
});
