import { describe, expect, it } from "vitest";
import { decideEntry } from "../../../src/services/confirmations/decide-entry.ts";
import { getEntryForCorrection } from "../../../src/services/entries/get-entry-for-correction.ts";
import {
  logColed,
  PEOPLE,
  rejectionOf,
  seedLeader,
  useServiceDatabase,
} from "../../support/services.ts";

const { trainee, ahmed } = PEOPLE;

const world = useServiceDatabase(async (ctx) => {
  await seedLeader(ctx, ahmed, "2015-05-01");
});

const coled = () => logColed(world.ctx, trainee, ahmed, { note: "Private" });

describe("getEntryForCorrection", () => {
  it("gives the trainee their queried entry, note included", async () => {
    const entry = await coled();
    await decideEntry(world.ctx, ahmed, {
      entryId: entry.id,
      version: 1,
      decision: "query",
      reason: "Which day?",
    });
    expect(await getEntryForCorrection(world.ctx, trainee, { entryId: entry.id })).toMatchObject({
      kind: "coled",
      note: "Private",
      counterpartSlackUserId: "UAHMED",
      queryReason: "Which day?",
    });
  });

  it("refuses others, and entries that are not queried", async () => {
    const entry = await coled();
    await rejectionOf(getEntryForCorrection(world.ctx, ahmed, { entryId: entry.id }), "FORBIDDEN");
    expect(
      await rejectionOf(
        getEntryForCorrection(world.ctx, trainee, { entryId: entry.id }),
        "CONFLICT",
      ),
    ).toContain("already waiting for confirmation");
  });
});
