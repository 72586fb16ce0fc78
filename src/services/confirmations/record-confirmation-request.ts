import { z } from "zod";
import { pointEntriesAtRequest } from "../../db/confirmation-entries.ts";
import { sqlTransaction } from "../../db/sql.ts";
import type { ServiceContext } from "../context.ts";
import { idInput, parseInput } from "../inputs.ts";
import type { RequestMessage } from "./plan-confirmation-requests.ts";

export const recordConfirmationRequestInput = z.object({
  entryIds: z.array(idInput).min(1, "Name at least one session.").max(500),
  channel: z.string().min(1),
  ts: z.string().min(1),
});
export type RecordConfirmationRequestInput = z.input<typeof recordConfirmationRequestInput>;

export interface RecordConfirmationRequestResult {
  /** Other DMs that carried some of these entries before: they need redrawing without them. */
  previousMessages: RequestMessage[];
  /**
   * How many of the entries the DM now carries: none when all were decided, withdrawn or erased
   * while it was being posted.
   */
  carried: number;
}

/** Remembers which DM carries each claimed entry, so the DM can be updated after a decision. */
export async function recordConfirmationRequest(
  ctx: ServiceContext,
  input: RecordConfirmationRequestInput,
): Promise<RecordConfirmationRequestResult> {
  const { entryIds, channel, ts } = parseInput(recordConfirmationRequestInput, input);

  const { previous, pointed } = await sqlTransaction(ctx.db, (sql) =>
    pointEntriesAtRequest(sql, entryIds, { channel, ts }),
  );
  return { previousMessages: previous, carried: pointed };
}
