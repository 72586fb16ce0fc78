import { z } from "zod";
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
}

/** Remembers which DM carries each claimed entry, so the DM can be updated after a decision. */
export async function recordConfirmationRequest(
  ctx: ServiceContext,
  input: RecordConfirmationRequestInput,
): Promise<RecordConfirmationRequestResult> {
  const { entryIds, channel, ts } = parseInput(recordConfirmationRequestInput, input);

  return ctx.db.$transaction(async (tx) => {
    const before = await tx.activityEntry.findMany({
      where: { id: { in: entryIds }, state: "claimed" },
      select: { requestChannel: true, requestTs: true },
    });
    await tx.activityEntry.updateMany({
      where: { id: { in: entryIds }, state: "claimed" },
      data: { requestChannel: channel, requestTs: ts },
    });
    const previous = new Map<string, RequestMessage>();
    for (const row of before) {
      if (!row.requestChannel || !row.requestTs) continue;
      if (row.requestChannel === channel && row.requestTs === ts) continue;
      const message = { channel: row.requestChannel, ts: row.requestTs };
      previous.set(`${message.channel}/${message.ts}`, message);
    }
    return { previousMessages: [...previous.values()] };
  });
}
