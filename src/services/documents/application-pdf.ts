import { isActivityKind } from "../../domain/activity.ts";
import { KIND_WORDS } from "../../domain/activity-words.ts";
import { statusLabel } from "../../domain/application-status.ts";
import {
  COMPETENCIES,
  COMPETENCY_RATING_LABELS,
  type CompetencyRating,
} from "../../domain/competencies.ts";
import { formatUkDate } from "../../domain/dates.ts";
import type { ApplicationDocument, KindYearSummary } from "./application-document.ts";
import { heading, item, type PdfDoc, renderPdf } from "./pdf-writer.ts";

const kindLabel = (kind: string) => (isActivityKind(kind) ? KIND_WORDS[kind].label : kind);
const ratingLabel = (rating: string) =>
  COMPETENCY_RATING_LABELS[rating as CompetencyRating] ?? rating;
const competencyTitle = (id: string) => COMPETENCIES.find((c) => c.id === id)?.title ?? id;

const CHECKLIST_MARKS: Readonly<Record<string, string>> = {
  met: "Met",
  in_progress: "In progress",
  missing: "Missing",
  discretion: "For the subcommittee",
};

/** The application as the subcommittee files it: one PDF, from the data given. */
export function applicationPdf(data: ApplicationDocument): Promise<Buffer> {
  return renderPdf(
    {
      title: `Application for accreditation: ${data.traineeName}`,
      createdAt: new Date(`${data.madeOn}T12:00:00Z`),
    },
    (doc) => write(doc, data),
  );
}

/** Names one version of one application: a retried upload looks for this name first. */
export function applicationFilename(data: { applicationId: number; version: number }): string {
  return `balint-application-${data.applicationId}-v${data.version}.pdf`;
}

function write(doc: PdfDoc, data: ApplicationDocument): void {
  doc.fontSize(18).text("Application for accreditation as a Balint group leader");
  doc.fontSize(10).moveDown(0.5);
  doc.text(`Applicant: ${data.traineeName}`);
  doc.text(
    `Submitted: ${data.submittedOn ? formatUkDate(data.submittedOn) : "not yet"} · ${statusLabel(data.status)}`,
  );
  doc.text(`Criteria: ${data.rulesetId} · Document made on ${formatUkDate(data.madeOn)}`);

  heading(doc, "Statement");
  doc.text(data.statement);

  heading(doc, "Checklist at submission");
  if (data.checklist.criteria.length === 0) doc.text("No checklist was stored.");
  for (const line of data.checklist.criteria) {
    item(doc, `${line.title}: ${CHECKLIST_MARKS[line.status] ?? line.status}`, [line.explanation]);
  }

  heading(doc, "Entries by kind and year");
  if (data.entries.length === 0) doc.text("None.");
  for (const row of data.entries) item(doc, summaryLine(row));

  heading(doc, "Competency sign-offs");
  if (data.competencies.length === 0) doc.text("None yet.");
  for (const c of data.competencies) {
    item(
      doc,
      `${formatUkDate(c.signedOn)} · ${c.competency} ${competencyTitle(c.competency)} · ${ratingLabel(c.rating)} · ${c.supervisor}`,
      [c.comment ? `Comment: ${c.comment}` : null],
    );
  }

  heading(doc, "Supervisor's report");
  const report = data.report;
  if (!report) doc.text("Not yet written.");
  else {
    doc.text(
      `From ${report.supervisor} on ${formatUkDate(report.submittedOn)} · ready to apply: ${report.readyToApply ? "yes" : "not yet"} · discussed with the applicant: ${report.discussedWithTrainee ? "yes" : "no"}`,
    );
    doc.moveDown(0.3).text(report.text);
  }

  if (data.notes) {
    heading(doc, "The applicant's notes (included at their choice)");
    if (data.notes.length === 0) doc.text("None.");
    for (const n of data.notes)
      item(doc, `${formatUkDate(n.occurredOn)} · ${kindLabel(n.kind)}`, [n.note]);
  }
}

function summaryLine(row: KindYearSummary): string {
  const hours = row.hours === null ? "" : ` · ${row.hours} h`;
  const entries = row.entries === 1 ? "1 entry" : `${row.entries} entries`;
  return `${row.year} · ${kindLabel(row.kind)} · ${row.count} (${row.confirmed} confirmed)${hours} · ${entries}`;
}
