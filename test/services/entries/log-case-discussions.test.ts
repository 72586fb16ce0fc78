import { describe, expect, it } from "vitest";
import { BSANZ_2021_06 } from "../../../src/domain/rulesets/bsanz-2021-06.ts";
import { logEntry } from "../../../src/services/entries/log-entry.ts";
import {
  PEOPLE,
  refTo,
  rejectionOf,
  rowCounts,
  seedLeader,
  useServiceDatabase,
} from "../../support/services.ts";

const { trainee, ahmed } = PEOPLE;
const world = useServiceDatabase((ctx) => seedLeader(ctx, ahmed, "2015-03-01"));

const coled = {
  kind: "coled",
  occurredOn: "2026-11-20",
  count: 20,
  caseDiscussions: 30,
  counterpart: refTo(ahmed),
} as const;

describe("logEntry: case discussions, only where the trainee's criteria count them", () => {
  it("refuses them to a UK trainee and writes nothing", async () => {
    const before = await rowCounts(world.db);
    expect(await rejectionOf(logEntry(world.ctx, trainee, coled), "INVALID_INPUT")).toBe(
      "Your criteria do not count case discussions for a co-led session: leave them out.",
    );
    expect(await rowCounts(world.db)).toEqual(before);
  });

  it("records them for a trainee of a society whose criteria count them", async () => {
    const bsanz = { ...world.ctx, rulesets: [BSANZ_2021_06] };
    const { entry } = await logEntry(bsanz, trainee, coled);
    expect(entry).toMatchObject({ count: 20, caseDiscussions: 30, state: "claimed" });
    const profile = await world.db.traineeProfile.findFirstOrThrow();
    expect(profile.rulesetId).toBe("bsanz-2021-06");
  });

  it("refuses them on a kind no criterion reads them from", async () => {
    const bsanz = { ...world.ctx, rulesets: [BSANZ_2021_06] };
    const group = { kind: "group_member", occurredOn: "2026-11-20", caseDiscussions: 3 } as const;
    expect(await rejectionOf(logEntry(bsanz, trainee, group), "INVALID_INPUT")).toMatch(
      /do not count case discussions for a group session as a member/,
    );
  });
});
