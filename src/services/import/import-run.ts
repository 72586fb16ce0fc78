import { ensurePerson } from "../../db/people.ts";
import type { Tx } from "../../db/transaction.ts";
import { AppError } from "../../domain/app-error.ts";
import { parseDateWord } from "../../domain/dates.ts";
import type { PersonRef } from "../../domain/person-ref.ts";
import type { Actor, ServiceContext } from "../context.ts";
import { calendarDateInput, describeIssues } from "../inputs.ts";

/** What happened to one row, or would have on a dry run. */
export type RowOutcome = "added" | "updated" | "restored" | "unchanged" | "refused";

export interface RowResult {
  line: number;
  outcome: RowOutcome;
  /** What the row is, or why it was refused. */
  detail: string;
}

/** The Slack users found for the people a file names, by `personKey` of what the file says. */
export type PeopleFound = ReadonlyMap<string, PersonRef>;

/** A Slack user id as written, or an email address in lower case. */
export function personKey(written: string): string {
  const value = written.trim();
  return value.includes("@") ? value.toLowerCase() : value.toUpperCase();
}

export interface ImportOptions {
  dryRun: boolean;
  people: PeopleFound;
}

/** The whole file is one transaction: minutes, not Prisma's default 5 seconds. */
const IMPORT_TIMEOUT_MS = 10 * 60_000;

class DryRunRollback extends Error {}

/**
 * Runs an import in one transaction, with the admin's person row: a dry run does every step,
 * then rolls back, so it reports exactly what a real run would change and writes nothing.
 */
export async function inImportTransaction(
  ctx: ServiceContext,
  actor: Actor,
  dryRun: boolean,
  work: (tx: Tx, adminId: number) => Promise<RowResult[]>,
): Promise<RowResult[]> {
  if (!actor.isAdmin) {
    throw new AppError("FORBIDDEN", "Only an admin (listed in ADMIN_USER_IDS) can import.");
  }
  let results: RowResult[] = [];
  try {
    await ctx.db.$transaction(
      async (tx) => {
        const admin = await ensurePerson(tx, actor, true);
        results = await work(tx, admin.id);
        if (dryRun) throw new DryRunRollback();
      },
      { timeout: IMPORT_TIMEOUT_MS, maxWait: 30_000 },
    );
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
  }
  return results;
}

/**
 * A date cell: "YYYY-MM-DD" or "DD/MM/YYYY", real, not in the future and not before 1950.
 * Words such as "today" are refused: a file must mean the same day on every run.
 */
export function readDate(
  written: string,
  today: string,
  what: string,
): { ok: true; date: string } | { ok: false; reason: string } {
  const value = written.trim();
  if (!/^\d/.test(value)) {
    return {
      ok: false,
      reason: `bad date: "${value}" is not a date; use YYYY-MM-DD or DD/MM/YYYY.`,
    };
  }
  const read = parseDateWord(value, today);
  if (!read.ok) return { ok: false, reason: `bad date: ${read.reason}` };
  const checked = calendarDateInput(today, what).safeParse(read.date);
  if (!checked.success) {
    return { ok: false, reason: `bad date: ${describeIssues(checked.error).join(" ")}` };
  }
  return { ok: true, date: checked.data };
}
