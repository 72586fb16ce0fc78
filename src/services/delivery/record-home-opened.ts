import { rememberHomeOpened } from "../../db/home-views.ts";
import type { ServiceContext } from "../context.ts";

/**
 * A person opened their App Home: for a while, changes that concern them re-publish it. Stored
 * (not kept in memory) so it survives a restart and holds across several processes. Wall-clock
 * time, like the outbox's due times, not the society's clock, which the sandbox can move.
 */
export async function recordHomeOpened(
  ctx: ServiceContext,
  who: { teamId: string; userId: string },
): Promise<void> {
  await rememberHomeOpened(ctx.db, who, new Date());
}
