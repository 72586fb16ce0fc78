import { formatUkDate } from "../../domain/dates.ts";
import type { Actor, ServiceContext } from "../context.ts";
import { todayFor } from "../inputs.ts";
import { putOnRegister } from "../register/add-leader.ts";
import type { ImportRow } from "./import-file.ts";
import {
  type ImportOptions,
  inImportTransaction,
  personKey,
  type RowResult,
  readDate,
} from "./import-run.ts";

/**
 * `npm run import -- leaders.csv`: each row puts a person on the register of accredited leaders
 * from a date, as `admin leader add` does. A person already there from that date is unchanged.
 */
export async function importLeaders(
  ctx: ServiceContext,
  actor: Actor,
  rows: readonly ImportRow[],
  options: ImportOptions,
): Promise<RowResult[]> {
  const today = todayFor(ctx);
  return inImportTransaction(ctx, actor, options.dryRun, async (tx, adminId) => {
    const results: RowResult[] = [];
    for (const { line, cells } of rows) {
      const written = cells.person ?? "";
      const person = options.people.get(personKey(written));
      if (!person) {
        results.push({ line, outcome: "refused", detail: unknownPerson(written) });
        continue;
      }
      const date = readDate(cells.accredited_on ?? "", today, "The accreditation date");
      if (!date.ok) {
        results.push({ line, outcome: "refused", detail: date.reason });
        continue;
      }
      const by = { adminId, now: ctx.now, today, source: "import" as const };
      const { outcome, leader } = await putOnRegister(tx, by, person, date.date);
      results.push({
        line,
        outcome,
        detail: `${written} on the register from ${formatUkDate(leader.accreditedOn)}`,
      });
    }
    return results;
  });
}

export function unknownPerson(written: string): string {
  return written
    ? `unknown person: no one in the Slack workspace is ${written}`
    : "unknown person: the cell is empty";
}
