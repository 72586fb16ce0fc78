import { recordEffects } from "../../db/outbox.ts";
import type { Db } from "../../db/transaction.ts";

/**
 * After a register change, who confirms entries naming this person (or supervised by them,
 * `alsoTraineeIds`) may have changed: their trainees' confirmation requests are sent again,
 * and their Homes refreshed. Runs inside the change's transaction.
 */
export async function recordClaimsRerouted(
  tx: Db,
  personId: number,
  alsoTraineeIds: readonly number[] = [],
): Promise<void> {
  const rows = await tx.activityEntry.findMany({
    where: { counterpartId: personId, state: "claimed" },
    distinct: ["traineeId"],
    orderBy: { traineeId: "asc" },
    select: { traineeId: true },
  });
  const trainees = new Set([...rows.map((row) => row.traineeId), ...alsoTraineeIds]);
  await recordEffects(
    tx,
    [...trainees].flatMap((traineeId) => [
      { type: "confirmations.request" as const, traineeId },
      { type: "home.refresh" as const, personId: traineeId },
    ]),
  );
}
