import { describe, expect, it } from "vitest";
import { effectSchema } from "../../../src/domain/effects.ts";
import { decideEntry } from "../../../src/services/confirmations/decide-entry.ts";
import { listOverdueConfirmations } from "../../../src/services/confirmations/list-overdue-confirmations.ts";
import { logEntry } from "../../../src/services/entries/log-entry.ts";
import { recordReminders } from "../../../src/services/jobs/record-reminders.ts";
import {
  actorFor,
  contextFor,
  NOW,
  refTo,
  seedLeader,
  useServiceDatabase,
} from "../../support/services.ts";

const world = useServiceDatabase();

const sam = actorFor("USAM", { name: "Sam" });
const jo = actorFor("UJO", { name: "Jo" });
const ahmed = actorFor("UAHMED", { name: "Dr Ahmed" });
const daysAgo = (days: number) => contextFor(world.db, new Date(NOW.getTime() - days * 86_400_000));
const coledWithAhmed = {
  kind: "coled" as const,
  occurredOn: "2026-10-01",
  counterpart: refTo(ahmed),
};

/** The effects recorded so far, oldest first. */
async function recorded() {
  const items = await world.db.outboxItem.findMany({ orderBy: { id: "asc" } });
  return items.map((item) => effectSchema.parse(JSON.parse(item.payload)));
}

describe("recordReminders", () => {
  it("records one reminder per confirmer and one nudge per idle trainee, each once per period", async () => {
    await seedLeader(daysAgo(100), ahmed, "2015-01-01");
    const waiting = await logEntry(daysAgo(10), sam, coledWithAhmed);
    await logEntry(daysAgo(70), jo, { kind: "group_member", occurredOn: "2026-09-15" });
    await world.db.outboxItem.deleteMany();

    expect(await recordReminders(world.ctx)).toEqual({
      supervisors: { sent: 1, alreadySent: 0 },
      sessionsListed: 1,
      nudges: { sent: 1, alreadySent: 0 },
    });
    const ahmedId = waiting.confirmer?.id;
    expect(await recorded()).toEqual([
      {
        type: "reminder.confirmer",
        confirmerId: ahmedId,
        entryIds: [waiting.entry.id],
        at: NOW.toISOString(),
      },
      { type: "reminder.trainee", personId: expect.any(Number), idleSince: "2026-09-17" },
    ]);
    expect(await world.db.jobRun.findMany({ orderBy: { id: "asc" } })).toEqual([
      expect.objectContaining({ job: `confirmations-reminder:${ahmedId}`, finishedAt: NOW }),
      expect.objectContaining({ job: expect.stringMatching(/^idle-nudge:/), finishedAt: NOW }),
    ]);

    // The same week and the same quiet stretch: nothing more is recorded.
    expect(await recordReminders(world.ctx)).toEqual({
      supervisors: { sent: 0, alreadySent: 1 },
      sessionsListed: 0,
      nudges: { sent: 0, alreadySent: 1 },
    });
    expect(await recorded()).toHaveLength(2);
  });

  it("lets a reminder be drawn again from its entries, leaving out those decided since", async () => {
    await seedLeader(daysAgo(100), ahmed, "2015-01-01");
    const first = await logEntry(daysAgo(10), sam, coledWithAhmed);
    const second = await logEntry(daysAgo(9), sam, coledWithAhmed);
    // Overdue too, but not in this reminder.
    await logEntry(daysAgo(8), sam, coledWithAhmed);
    await decideEntry(world.ctx, ahmed, {
      entryId: first.entry.id,
      version: 1,
      decision: "confirm",
    });

    const [again] = await listOverdueConfirmations(world.ctx, {
      entryIds: [first.entry.id, second.entry.id],
    });
    expect(again?.entries.map((entry) => entry.id)).toEqual([second.entry.id]);
  });
});
