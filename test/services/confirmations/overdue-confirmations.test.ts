import { describe, expect, it } from "vitest";
import { decideEntry } from "../../../src/services/confirmations/decide-entry.ts";
import { listOverdueConfirmations } from "../../../src/services/confirmations/list-overdue-confirmations.ts";
import { logEntry } from "../../../src/services/entries/log-entry.ts";
import { resubmitEntry } from "../../../src/services/entries/resubmit-entry.ts";
import {
  actorFor,
  contextFor,
  NOW,
  refTo,
  rejectionOf,
  seedLeader,
  seedSupervision,
  useServiceDatabase,
} from "../../support/services.ts";

const world = useServiceDatabase();

const sam = actorFor("USAM", { name: "Sam" });
const kim = actorFor("UKIM", { name: "Kim" });
const lee = actorFor("ULEE", { name: "Lee" });
const ahmed = actorFor("UAHMED", { name: "Dr Ahmed" });
const brown = actorFor("UBROWN", { name: "Dr Brown" });
const carter = actorFor("UCARTER", { name: "Dr Carter" });
const daysAgo = (days: number) => contextFor(world.db, new Date(NOW.getTime() - days * 86_400_000));

describe("listOverdueConfirmations", () => {
  it("groups sessions claimed over 7 days ago by who may confirm them now", async () => {
    const start = daysAgo(40);
    await seedLeader(start, ahmed, "2015-01-01");
    await seedLeader(start, carter, "2015-01-01");
    await seedSupervision(start, kim, carter);
    const coled = (counterpart: typeof ahmed, count = 1) => ({
      kind: "coled" as const,
      occurredOn: "2026-10-01",
      count,
      counterpart: refTo(counterpart),
    });

    const overdue = await logEntry(daysAgo(10), sam, coled(ahmed, 2));
    await logEntry(daysAgo(3), sam, coled(ahmed)); // only 3 days: not yet
    const confirmed = await logEntry(daysAgo(20), sam, coled(ahmed));
    await decideEntry(daysAgo(19), ahmed, {
      entryId: confirmed.entry.id,
      version: 1,
      decision: "confirm",
    });
    await logEntry(daysAgo(30), sam, { kind: "group_member", occurredOn: "2026-10-01" });
    // Brown is not accredited: Kim's supervisor, Dr Carter, confirms instead.
    const viaSupervisor = await logEntry(daysAgo(9), kim, coled(brown));
    // Lee names Brown and has no supervisor: nobody can confirm, so nobody is reminded.
    await logEntry(daysAgo(15), lee, coled(brown));
    // Queried, then corrected 2 days ago: the wait starts again.
    const queried = await logEntry(daysAgo(14), sam, coled(ahmed));
    await decideEntry(daysAgo(12), ahmed, {
      entryId: queried.entry.id,
      version: 1,
      decision: "query",
      reason: "Which group was this?",
    });
    await resubmitEntry(daysAgo(2), sam, { entryId: queried.entry.id, ...coled(ahmed) });

    const groups = await listOverdueConfirmations(world.ctx);
    expect(groups).toEqual([
      {
        confirmer: expect.objectContaining({ slackUserId: "UAHMED" }),
        entries: [
          expect.objectContaining({
            id: overdue.entry.id,
            kind: "coled",
            count: 2,
            occurredOn: "2026-10-01",
            trainee: expect.objectContaining({ slackUserId: "USAM" }),
            waitingDays: 10,
          }),
        ],
      },
      {
        confirmer: expect.objectContaining({ slackUserId: "UCARTER" }),
        entries: [expect.objectContaining({ id: viaSupervisor.entry.id, waitingDays: 9 })],
      },
    ]);
  });

  it("returns nothing when nothing is waiting, and checks its input", async () => {
    const ctx = world.ctx;
    expect(await listOverdueConfirmations(ctx)).toEqual([]);
    expect(
      await rejectionOf(listOverdueConfirmations(ctx, { olderThanDays: -1 }), "INVALID_INPUT"),
    ).toBe("The number of days cannot be negative.");
  });
});
