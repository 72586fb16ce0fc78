import { z } from "zod";
import { type ConfirmationEntryRow, confirmationEntryRows } from "../../db/confirmation-entries.ts";
import { activeSupervisorsOf, choiceFor } from "../../db/leaders.ts";
import { type Sql, sqlOf } from "../../db/sql.ts";
import { type EntryDetails, entryDetails } from "../../domain/activity.ts";
import type { ServiceContext } from "../context.ts";
import { idInput, parseInput, todayFor } from "../inputs.ts";

export const getConfirmationRequestInput = z.union([
  z.object({ message: z.object({ channel: z.string().min(1), ts: z.string().min(1) }) }),
  z.object({ entryIds: z.array(idInput).max(500) }),
]);
export type GetConfirmationRequestInput = z.input<typeof getConfirmationRequestInput>;

interface SlackPerson {
  id: number;
  slackUserId: string;
}

/** One entry as a confirmation DM or notice shows it. Never the trainee's private note. */
export interface ConfirmationEntry extends EntryDetails {
  id: number;
  trainee: SlackPerson;
  state: string;
  /** Moves each time the trainee corrects it: a decision names the version its confirmer saw. */
  version: number;
  /** The person the trainee named, with their accreditation date if on the register. */
  counterpart: (SlackPerson & { accreditedOn: string | null }) | null;
  /** Who may confirm it today (null when nobody can yet). */
  confirmer: SlackPerson | null;
  /** True when the trainee's supervisor confirms because the named person is not accredited. */
  supervisorInstead: boolean;
  decidedBy: SlackPerson | null;
  decidedAt: Date | null;
  queryReason: string | null;
  requestChannel: string | null;
  requestTs: string | null;
}

const PERSON = { select: { id: true, slackUserId: true } } as const;

/** The columns a confirmation view needs: the note is deliberately left out. */
export const CONFIRMATION_ENTRY_SELECT = {
  id: true,
  traineeId: true,
  kind: true,
  occurredOn: true,
  count: true,
  hours: true,
  mode: true,
  format: true,
  state: true,
  version: true,
  counterpartId: true,
  decidedAt: true,
  queryReason: true,
  requestChannel: true,
  requestTs: true,
  trainee: PERSON,
  decidedBy: PERSON,
  counterpart: {
    select: {
      id: true,
      slackUserId: true,
      leader: {
        select: {
          accreditedOn: true,
          removedAt: true,
          periods: { select: { fromOn: true, toOn: true } },
        },
      },
    },
  },
} as const;

/** Maps loaded rows to ConfirmationEntry, with one query for the trainees' active supervisors. */
export async function toConfirmationEntries(
  db: Sql,
  rows: readonly ConfirmationEntryRow[],
  today: string,
): Promise<ConfirmationEntry[]> {
  const supervisorOf = await activeSupervisorsOf(db, [
    ...new Set(rows.map((row) => row.traineeId)),
  ]);

  return rows.map((row) => {
    const supervisor = supervisorOf.get(row.traineeId) ?? null;
    const choice = choiceFor(row, supervisor?.id ?? null, today);
    const confirmer =
      choice.kind === "none"
        ? null
        : choice.kind === "supervisor_instead"
          ? supervisor
          : choice.personId === row.counterpart?.id
            ? row.counterpart
            : supervisor;
    return {
      id: row.id,
      trainee: row.trainee,
      ...entryDetails(row),
      state: row.state,
      version: row.version,
      counterpart: row.counterpart
        ? {
            id: row.counterpart.id,
            slackUserId: row.counterpart.slackUserId,
            accreditedOn:
              row.counterpart.leader && row.counterpart.leader.removedAt === null
                ? row.counterpart.leader.accreditedOn
                : null,
          }
        : null,
      confirmer: confirmer ? { id: confirmer.id, slackUserId: confirmer.slackUserId } : null,
      supervisorInstead: choice.kind === "supervisor_instead",
      decidedBy: row.decidedBy,
      decidedAt: row.decidedAt,
      queryReason: row.queryReason,
      requestChannel: row.requestChannel,
      requestTs: row.requestTs,
    };
  });
}

/**
 * The entries one confirmation DM carries (or the entries named), oldest session first. Two raw
 * reads and no transaction: every DM the outbox draws reads this.
 */
export async function getConfirmationRequest(
  ctx: ServiceContext,
  input: GetConfirmationRequestInput,
): Promise<ConfirmationEntry[]> {
  const selector = parseInput(getConfirmationRequestInput, input);
  const sql = sqlOf(ctx.db);
  const rows = await confirmationEntryRows(sql, selector);
  return toConfirmationEntries(sql, rows, todayFor(ctx));
}
