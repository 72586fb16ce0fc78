import { describe, expect, it } from "vitest";
import { recordEffects } from "../../../src/db/outbox.ts";
import { claimOutboxItems } from "../../../src/services/delivery/claim-outbox-items.ts";
import {
  NOT_WAITING_MESSAGE,
  redeliverOutboxItem,
} from "../../../src/services/delivery/redeliver-outbox-item.ts";
import {
  giveUpOutboxItems,
  markOutboxDelivered,
} from "../../../src/services/delivery/settle-outbox-item.ts";
import { ADMIN, actorFor, useServiceDatabase } from "../../support/services.ts";

const world = useServiceDatabase();
const LEASE = { limit: 5, leaseMs: 30_000 };

/** Stores a post to the leadership team, tries it `attempts` times, then gives it up. */
async function givenUp(attempts: number): Promise<number> {
  await recordEffects(world.db, [{ type: "request.show", id: 1 }]);
  let id = 0;
  for (let i = 0; i < attempts; i++) {
    await world.db.outboxItem.updateMany({ data: { dueAt: new Date(0), leasedUntil: null } });
    const [item] = await claimOutboxItems(world.ctx, LEASE);
    if (!item) throw new Error("nothing to claim");
    id = item.id;
  }
  await giveUpOutboxItems(world.ctx, [id], { error: "not_in_channel", tellAdmins: true });
  return id;
}

describe("an admin asks for a notice given up to be delivered again", () => {
  it("makes it due now, with a fresh set of attempts that still count as attempts", async () => {
    const id = await givenUp(3);
    const queued = await redeliverOutboxItem(world.ctx, ADMIN, { itemId: id });
    expect(queued).toEqual({
      id,
      effect: "request.show",
      attempts: 3,
      lastError: "not_in_channel",
    });

    const claimed = await claimOutboxItems(world.ctx, LEASE);
    const again = claimed.find((item) => item.id === id);
    // Its 3 earlier attempts come back with it (so an earlier post is looked for first), all set
    // aside from the count toward giving up.
    expect(again).toMatchObject({ attempts: 3, waits: 3 });
    const audit = await world.db.auditLog.findFirst({ where: { action: "outbox.redelivered" } });
    expect(audit).toMatchObject({ subjectType: "outbox", subjectId: id });
  });

  it("refuses anyone but an admin, and leaves the notice given up", async () => {
    const id = await givenUp(1);
    await expect(
      redeliverOutboxItem(world.ctx, actorFor("UMEMBER"), { itemId: id }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const item = await world.db.outboxItem.findUniqueOrThrow({ where: { id } });
    expect(item.failedAt).not.toBeNull();
  });

  it("gives one answer for a notice asked for already, delivered, missing, or the admins' own", async () => {
    const id = await givenUp(1);
    await redeliverOutboxItem(world.ctx, ADMIN, { itemId: id });
    const adminsNotice = await world.db.outboxItem.findFirstOrThrow({
      where: { effect: "delivery.failed" },
    });
    await giveUpOutboxItems(world.ctx, [adminsNotice.id], { error: "x", tellAdmins: false });
    await recordEffects(world.db, [{ type: "request.show", id: 2 }]);
    const delivered = await world.db.outboxItem.findFirstOrThrow({ orderBy: { id: "desc" } });
    await markOutboxDelivered(world.ctx, [delivered.id]);

    for (const itemId of [id, adminsNotice.id, delivered.id, 999_999]) {
      await expect(redeliverOutboxItem(world.ctx, ADMIN, { itemId })).rejects.toMatchObject({
        code: "CONFLICT",
        userMessage: NOT_WAITING_MESSAGE,
      });
    }
    const audits = await world.db.auditLog.count({ where: { action: "outbox.redelivered" } });
    expect(audits).toBe(1);
  });

  it("refuses an item number that is not one", async () => {
    await expect(redeliverOutboxItem(world.ctx, ADMIN, { itemId: -1 })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
  });
});
