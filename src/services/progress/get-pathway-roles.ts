import { accreditedOn } from "../../db/leaders.ts";
import { findPerson } from "../../db/people.ts";
import type { Actor, ServiceContext } from "../context.ts";
import { todayFor } from "../inputs.ts";

export interface PathwayRoles {
  /** Has a trainee profile (logging creates one). */
  trainee: boolean;
  /** On the register of accredited leaders today. */
  leader: boolean;
}

/** Where the person acting stands on the pathway, for their App Home. Reads only their own rows. */
export async function getPathwayRoles(ctx: ServiceContext, actor: Actor): Promise<PathwayRoles> {
  return ctx.db.$transaction(async (tx) => {
    const me = await findPerson(tx, actor);
    if (!me) return { trainee: false, leader: false };
    const profile = await tx.traineeProfile.findUnique({
      where: { personId: me.id },
      select: { id: true },
    });
    return { trainee: profile !== null, leader: await accreditedOn(tx, me.id, todayFor(ctx)) };
  });
}
