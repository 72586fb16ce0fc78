import { z } from "zod";
import { ACTIVITY_KINDS } from "../../domain/activity.ts";
import { calendarDate } from "../../domain/dates.ts";
import { FORMER_MEMBER, isErasedUserId } from "../../domain/former-member.ts";
import { getApplication } from "../applications/get-application.ts";
import type { ServiceContext } from "../context.ts";
import { idInput, parseInput, todayFor } from "../inputs.ts";
import type { ApplicationDocument, KindYearSummary } from "./application-document.ts";

const inputSchema = z.object({ applicationId: idInput });

/** A person as a document names them. */
export function nameOf(person: { slackUserId: string; displayName: string | null }): string {
  if (isErasedUserId(person.slackUserId)) return FORMER_MEMBER;
  return person.displayName ?? person.slackUserId;
}

/**
 * What the application's PDF shows, as the data stands now: the checklist as submitted, the
 * trainee's entries summarised by kind and year, every competency sign-off, the supervisor's
 * report, and the notes only when the trainee chose to include them. For the subcommittee's
 * post (the bot's own delivery); reads only.
 */
export async function getApplicationDocument(
  ctx: ServiceContext,
  input: z.input<typeof inputSchema>,
): Promise<ApplicationDocument> {
  const { applicationId } = parseInput(inputSchema, input);
  const record = await getApplication(ctx, { kind: "channel" }, { applicationId });
  const day = (at: Date) => calendarDate(at, ctx.timeZone);
  const { entries, signOffs, includesNotes } = await ctx.db.$transaction(async (tx) => {
    const application = await tx.application.findUniqueOrThrow({
      where: { id: applicationId },
      select: { traineeId: true, includesNotes: true },
    });
    const traineeId = application.traineeId;
    return {
      includesNotes: application.includesNotes,
      entries: await tx.activityEntry.findMany({
        where: { traineeId, state: { not: "withdrawn" } },
        select: {
          kind: true,
          occurredOn: true,
          count: true,
          hours: true,
          state: true,
          note: application.includesNotes,
        },
        orderBy: [{ occurredOn: "asc" }, { id: "asc" }],
      }),
      signOffs: await tx.competencySignOff.findMany({
        where: { traineeId },
        include: { supervisor: { select: { slackUserId: true, displayName: true } } },
        orderBy: [{ signedAt: "asc" }, { id: "asc" }],
      }),
    };
  });
  return {
    applicationId,
    version: Math.max(
      1,
      record.history.filter((h) => h.toStatus === "submitted" || h.toStatus === "resubmitted")
        .length,
    ),
    traineeName: nameOf(record.trainee),
    status: record.status,
    rulesetId: record.rulesetId,
    submittedOn: record.submittedAt ? day(record.submittedAt) : null,
    madeOn: todayFor(ctx),
    statement: record.statement,
    checklist: record.checklist,
    entries: summarise(entries),
    competencies: signOffs.map((s) => ({
      competency: s.competency,
      rating: s.rating,
      supervisor: nameOf(s.supervisor),
      signedOn: day(s.signedAt),
      comment: s.comment,
    })),
    report: record.report && {
      supervisor: nameOf(record.report.supervisor),
      submittedOn: day(record.report.submittedAt),
      readyToApply: record.report.readyToApply,
      discussedWithTrainee: record.report.discussedWithTrainee,
      text: record.report.text,
    },
    notes: includesNotes
      ? entries.flatMap((e) =>
          e.note ? [{ occurredOn: e.occurredOn, kind: e.kind, note: e.note }] : [],
        )
      : null,
  };
}

function summarise(
  entries: readonly {
    kind: string;
    occurredOn: string;
    count: number;
    hours: number | null;
    state: string;
  }[],
): KindYearSummary[] {
  const rows = new Map<string, KindYearSummary>();
  for (const e of entries) {
    const year = e.occurredOn.slice(0, 4);
    const key = `${year}/${e.kind}`;
    const row = rows.get(key) ?? {
      kind: e.kind,
      year,
      entries: 0,
      count: 0,
      confirmed: 0,
      hours: e.kind === "supervision" ? 0 : null,
    };
    row.entries += 1;
    row.count += e.count;
    if (e.state === "confirmed") row.confirmed += e.count;
    if (row.hours !== null) row.hours += e.hours ?? 0;
    rows.set(key, row);
  }
  const order = (kind: string) => (ACTIVITY_KINDS as readonly string[]).indexOf(kind);
  return [...rows.values()].sort(
    (a, b) => a.year.localeCompare(b.year) || order(a.kind) - order(b.kind),
  );
}
