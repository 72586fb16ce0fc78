import { createHash } from "node:crypto";
import { recordAudit } from "../../db/audit.ts";
import { recordEffects } from "../../db/outbox.ts";
import { ensurePerson } from "../../db/people.ts";
import type { Tx } from "../../db/transaction.ts";
import { type ActivityKind, isActivityKind, needsConfirmation } from "../../domain/activity.ts";
import { KIND_WORDS, kindFromWord } from "../../domain/activity-words.ts";
import { formatUkDate } from "../../domain/dates.ts";
import type { PersonRef } from "../../domain/person-ref.ts";
import type { Actor, ServiceContext } from "../context.ts";
import { type EntryFields, entryFieldsInput } from "../entries/entry-fields.ts";
import { describeIssues, todayFor } from "../inputs.ts";
import { ensureProfile } from "../progress/set-up-profile.ts";
import type { ImportRow } from "./import-file.ts";
import { unknownPerson } from "./import-leaders.ts";
import {
  type ImportOptions,
  inImportTransaction,
  personKey,
  type RowResult,
  readDate,
} from "./import-run.ts";

type Checked =
  | { ok: true; trainee: PersonRef; fields: EntryFields }
  | { ok: false; reason: string };

/**
 * `npm run import -- entries.csv`: past sessions, courses and supervision from the society's
 * records. Each row is checked as the log command checks an entry. Imported entries count as
 * confirmed by the society (co-led, led and supervision too: nobody is asked again), and say
 * when they were imported and by which admin. A row imported before is left unchanged.
 */
export async function importEntries(
  ctx: ServiceContext,
  actor: Actor,
  rows: readonly ImportRow[],
  options: ImportOptions,
): Promise<RowResult[]> {
  const today = todayFor(ctx);
  return inImportTransaction(ctx, actor, options.dryRun, async (tx, adminId) => {
    const results: RowResult[] = [];
    const seen = new Map<string, number>();
    const trainees = new Set<number>();
    for (const { line, cells } of rows) {
      const checked = checkRow(cells, today, options);
      if (!checked.ok) {
        results.push({ line, outcome: "refused", detail: checked.reason });
        continue;
      }
      const { fields } = checked;
      const trainee = await ensurePerson(tx, checked.trainee);
      const counterpartId = fields.counterpart
        ? (await ensurePerson(tx, fields.counterpart)).id
        : null;
      const facts = importFacts(trainee.id, counterpartId, fields);
      const occurrence = (seen.get(facts) ?? 0) + 1;
      seen.set(facts, occurrence);
      const importKey = digest(`${facts}#${occurrence}`);
      const detail = describe(cells.trainee ?? "", fields);
      if (await tx.activityEntry.findUnique({ where: { importKey }, select: { id: true } })) {
        results.push({ line, outcome: "unchanged", detail });
        continue;
      }
      await ensureProfile(tx, trainee.id, ctx);
      const entry = { traineeId: trainee.id, counterpartId, fields, importKey };
      await writeEntry(tx, entry, { adminId, now: ctx.now });
      trainees.add(trainee.id);
      results.push({ line, outcome: "added", detail });
    }
    await recordEffects(
      tx,
      [...trainees].map((personId) => ({ type: "home.refresh" as const, personId })),
    );
    return results;
  });
}

function checkRow(
  cells: Readonly<Record<string, string>>,
  today: string,
  options: ImportOptions,
): Checked {
  const traineeWritten = cells.trainee ?? "";
  const trainee = options.people.get(personKey(traineeWritten));
  if (!trainee) return { ok: false, reason: unknownPerson(traineeWritten) };
  const kindWritten = cells.kind ?? "";
  const kind = isActivityKind(kindWritten) ? kindWritten : kindFromWord(kindWritten);
  if (!kind) {
    return {
      ok: false,
      reason: `unknown kind: "${kindWritten}"; use group, weekend, coled, led, course, trainingday, supervision or peer.`,
    };
  }
  const date = readDate(cells.date ?? "", today, "The session date");
  if (!date.ok) return { ok: false, reason: date.reason };
  const withWritten = cells.with ?? "";
  const counterpart = withWritten ? options.people.get(personKey(withWritten)) : undefined;
  if (withWritten && !counterpart) return { ok: false, reason: unknownPerson(withWritten) };
  if (counterpart && counterpart.userId === trainee.userId) {
    return {
      ok: false,
      reason: "breaks a rule: a trainee cannot be their own co-leader or supervisor.",
    };
  }
  const parsed = entryFieldsInput(today).safeParse({
    kind,
    occurredOn: date.date,
    count: numberCell(cells.count),
    groupSessions: numberCell(cells.group_sessions),
    hours: numberCell(cells.hours),
    mode: textCell(cells.mode),
    format: textCell(cells.format),
    counterpart,
    note: cells.note ?? "",
  });
  if (!parsed.success) {
    return { ok: false, reason: `breaks a rule: ${describeIssues(parsed.error).join(" ")}` };
  }
  return { ok: true, trainee, fields: parsed.data };
}

/** A blank cell is left out; anything else must read as a number (the schema says which). */
function numberCell(value: string | undefined): number | string | undefined {
  if (!value) return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : value;
}

function textCell(value: string | undefined): string | undefined {
  return value ? value.toLowerCase() : undefined;
}

/** The row's facts by person ids (never its note): the same row names the same entry. */
function importFacts(traineeId: number, counterpartId: number | null, f: EntryFields): string {
  return [
    traineeId,
    f.kind,
    f.occurredOn,
    f.count,
    f.groupSessions,
    f.hours,
    f.mode,
    f.format,
    counterpartId,
  ]
    .map((part) => String(part ?? ""))
    .join("|");
}

function digest(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

async function writeEntry(
  tx: Tx,
  entry: {
    traineeId: number;
    counterpartId: number | null;
    fields: EntryFields;
    importKey: string;
  },
  by: { adminId: number; now: Date },
): Promise<void> {
  const { fields } = entry;
  const confirmedBySociety = needsConfirmation(fields.kind);
  const created = await tx.activityEntry.create({
    data: {
      traineeId: entry.traineeId,
      kind: fields.kind,
      occurredOn: fields.occurredOn,
      count: fields.count,
      groupSessions: fields.groupSessions,
      hours: fields.hours,
      mode: fields.mode,
      format: fields.format,
      counterpartId: entry.counterpartId,
      note: fields.note,
      state: "confirmed",
      decidedById: confirmedBySociety ? by.adminId : null,
      decidedAt: confirmedBySociety ? by.now : null,
      importedAt: by.now,
      importedById: by.adminId,
      importKey: entry.importKey,
      createdAt: by.now,
    },
  });
  await recordAudit(tx, {
    actorId: by.adminId,
    action: "entry.imported",
    subjectType: "activity_entry",
    subjectId: created.id,
    details: {
      traineeId: created.traineeId,
      kind: created.kind,
      occurredOn: created.occurredOn,
      count: created.count,
      hours: created.hours,
      counterpartId: created.counterpartId,
    },
    at: by.now,
  });
}

function describe(trainee: string, fields: EntryFields): string {
  const label = KIND_WORDS[fields.kind as ActivityKind].label.toLowerCase();
  const amount =
    fields.hours === null ? `${fields.count} × ${label}` : `${label}, ${fields.hours} h`;
  return `${amount} on ${formatUkDate(fields.occurredOn)} for ${trainee}`;
}
