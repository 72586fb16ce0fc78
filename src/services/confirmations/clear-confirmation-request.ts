import { z } from "zod";
import type { ServiceContext } from "../context.ts";
import { idInput, parseInput } from "../inputs.ts";

export const clearConfirmationRequestInput = z.object({ entryId: idInput });
export type ClearConfirmationRequestInput = z.input<typeof clearConfirmationRequestInput>;

/**
 * Forgets the DM that carried a claimed entry, so that the next request is a new message the
 * confirmer is notified of (e.g. after a correction); the old DM keeps its record of the query.
 */
export async function clearConfirmationRequest(
  ctx: ServiceContext,
  input: ClearConfirmationRequestInput,
): Promise<void> {
  const { entryId } = parseInput(clearConfirmationRequestInput, input);
  await ctx.db.activityEntry.updateMany({
    where: { id: entryId, state: "claimed" },
    data: { requestChannel: null, requestTs: null },
  });
}
