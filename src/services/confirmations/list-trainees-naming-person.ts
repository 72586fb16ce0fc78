import { z } from "zod";
import type { ServiceContext } from "../context.ts";
import { idInput, parseInput } from "../inputs.ts";

export const listTraineesNamingPersonInput = z.object({ personId: idInput });
export type ListTraineesNamingPersonInput = z.input<typeof listTraineesNamingPersonInput>;

/**
 * The trainees with claimed entries naming this person: after a register change, who confirms
 * those entries may change, so their confirmation requests are sent again.
 */
export async function listTraineesNamingPerson(
  ctx: ServiceContext,
  input: ListTraineesNamingPersonInput,
): Promise<number[]> {
  const { personId } = parseInput(listTraineesNamingPersonInput, input);
  const rows = await ctx.db.activityEntry.findMany({
    where: { counterpartId: personId, state: "claimed" },
    distinct: ["traineeId"],
    orderBy: { traineeId: "asc" },
    select: { traineeId: true },
  });
  return rows.map((row) => row.traineeId);
}
