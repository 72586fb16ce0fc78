import { z } from "zod";
import { recordAudit } from "../../db/audit.ts";
import { recordEffects } from "../../db/outbox.ts";
import { ensurePerson } from "../../db/people.ts";
import type { Person } from "../../generated/prisma/client.ts";
import type { Actor, ServiceContext } from "../context.ts";
import { parseInput } from "../inputs.ts";

export const setNudgesInput = z.object({
  /** True: no more "nothing logged for eight weeks" reminders. */
  optedOut: z.boolean({ error: "Say whether to turn the reminders on or off." }),
});
export type SetNudgesInput = z.input<typeof setNudgesInput>;

export interface SetNudgesResult {
  /** False when the setting already had this value. */
  changed: boolean;
  person: Person;
}

/** Turns the eight-week reminders to log something on or off, for the person acting. */
export async function setNudges(
  ctx: ServiceContext,
  actor: Actor,
  input: SetNudgesInput,
): Promise<SetNudgesResult> {
  const { optedOut } = parseInput(setNudgesInput, input);

  return ctx.db.$transaction(async (tx) => {
    const found = await ensurePerson(tx, actor, actor.isAdmin);
    if (found.nudgesOptedOut === optedOut) return { changed: false, person: found };
    const person = await tx.person.update({
      where: { id: found.id },
      data: { nudgesOptedOut: optedOut },
    });
    await recordAudit(tx, {
      actorId: person.id,
      action: optedOut ? "nudges.turned_off" : "nudges.turned_on",
      subjectType: "person",
      subjectId: person.id,
      details: { optedOut },
      at: ctx.now,
    });
    await recordEffects(tx, [{ type: "home.refresh", personId: person.id }]);
    return { changed: true, person };
  });
}
