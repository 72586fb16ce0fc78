import { kindLabel } from "../../../domain/activity-words.ts";
import { statusLabel } from "../../../domain/application-status.ts";
import { COMPETENCY_RATING_LABELS, type CompetencyRating } from "../../../domain/competencies.ts";
import { type PdfDoc, renderPdf } from "../../documents/pdf-writer.ts";
import type { PersonalData } from "../personal-data.ts";

const ratingLabel = (rating: string) =>
  COMPETENCY_RATING_LABELS[rating as CompetencyRating] ?? rating;
const day = (iso: string | null) => (iso ? iso.slice(0, 10) : "—");
const yesNo = (value: boolean | null) => (value === null ? "not given" : value ? "yes" : "no");

/** The readable portfolio: every section of the export, in plain words. */
export function portfolioPdf(data: PersonalData): Promise<Buffer> {
  return renderPdf(
    {
      title: "Balint Pathway: personal data and portfolio",
      createdAt: new Date(data.generatedAt),
    },
    (doc) => write(doc, data),
  );
}

function write(doc: PdfDoc, data: PersonalData): void {
  const name = data.person.displayName ?? data.person.slackUserId;
  doc.fontSize(18).text("Balint Pathway: personal data and portfolio");
  doc.fontSize(10).text(`For ${name}, made on ${day(data.generatedAt)}.`);
  doc.text("Everything the bot holds about you. The JSON file has the same, in full.");

  heading(doc, "Profile");
  const p = data.profile;
  lines(doc, [
    `Slack user: ${data.person.slackUserId}`,
    `First seen: ${day(data.person.createdAt)}`,
    `Reminders when quiet: ${data.person.nudgesOptedOut ? "off" : "on"}`,
    ...(p
      ? [
          `UK Balint Society member: ${yesNo(p.ukBalintMember)}`,
          `Professional training: ${p.professionalTraining ?? "not given"}`,
          `Psychoanalytic training: ${yesNo(p.psychoanalyticTraining)}${p.psychoanalyticTrainingDetails ? `: ${p.psychoanalyticTrainingDetails}` : ""}`,
          `Pathway started: ${p.pathwayStartedOn ?? "not given"} (criteria ${p.rulesetId})`,
        ]
      : ["No trainee profile."]),
    ...(data.register
      ? [`On the register of accredited leaders since ${data.register.accreditedOn}`]
      : []),
  ]);

  heading(doc, `Entries (${data.entries.length})`);
  for (const e of data.entries) {
    const amount = e.hours === null ? `${e.count}` : `${e.hours} h`;
    const who = e.withWhom ? ` with ${e.withWhom}` : "";
    item(doc, `${e.occurredOn} · ${kindLabel(e.kind)} · ${amount}${who} · ${e.state}`, [
      e.decidedBy ? `Decided by ${e.decidedBy} on ${day(e.decidedAt)}` : null,
      e.queryReason ? `Query: ${e.queryReason}` : null,
      e.note ? `Note: ${e.note}` : null,
    ]);
  }

  section(doc, "Confirmations you gave", data.confirmationsGiven, (c) => [
    `${c.occurredOn} · ${kindLabel(c.kind)} · ${c.state} on ${day(c.decidedAt)}`,
    c.queryReason ? `Your query: ${c.queryReason}` : null,
  ]);
  section(doc, "Supervision", data.supervisions, (s) => [
    `${s.role === "trainee" ? "Supervised by" : "Supervising"} ${s.otherPerson} · ${s.state} · asked ${day(s.requestedAt)}`,
  ]);
  section(doc, "Competency sign-offs", data.competencies, (c) => [
    `${c.competency} · ${ratingLabel(c.rating)} · ${c.supervisor} · ${day(c.signedAt)}`,
    c.comment ? `Comment: ${c.comment}` : null,
  ]);
  section(doc, "Supervisor's reports about you", data.reportsAboutThem, (r) => [
    `From ${r.supervisor} on ${day(r.submittedAt)} · ready to apply: ${r.readyToApply ? "yes" : "not yet"}`,
    r.text,
  ]);
  section(doc, "Leadership enquiries", data.enquiries, (e) => [
    `Sent ${day(e.createdAt)}${e.answeredAt ? ` · answered ${day(e.answeredAt)}` : ""}`,
    `Answers: ${JSON.stringify(e.answers)}`,
    e.reply ? `Reply: ${e.reply}` : null,
  ]);
  section(doc, "Training-day requests", data.trainingDayRequests, (t) => [
    `Sent ${day(t.createdAt)} · area: ${t.area}`,
    t.details ? `Details: ${t.details}` : null,
    t.reply ? `Reply: ${t.reply}` : null,
  ]);
  section(doc, "Applications", data.applications, (a) => [
    `${statusLabel(a.status)} · submitted ${day(a.submittedAt)}`,
    `Statement: ${a.statement}`,
    ...a.history.map(
      (h) =>
        `${day(h.at)}: ${h.fromStatus ? `${statusLabel(h.fromStatus)} → ` : ""}${statusLabel(h.toStatus)}${h.reason ? ` (${h.reason})` : ""}`,
    ),
  ]);
  section(doc, "Audit log rows about you", data.audit, (row) => [
    `${day(row.at)} · ${row.action} · ${row.subjectType}${row.byThem ? " · by you" : ""}`,
  ]);
}

function heading(doc: PdfDoc, text: string): void {
  doc.moveDown().fontSize(14).text(text).fontSize(10);
}

function lines(doc: PdfDoc, texts: string[]): void {
  for (const text of texts) doc.text(text);
}

function item(doc: PdfDoc, title: string, details: (string | null)[]): void {
  doc.moveDown(0.4).text(title);
  for (const detail of details) if (detail) doc.text(detail, { indent: 14 });
}

function section<T>(
  doc: PdfDoc,
  title: string,
  rows: readonly T[],
  describe: (row: T) => (string | null)[],
) {
  heading(doc, `${title} (${rows.length})`);
  if (rows.length === 0) doc.text("None.");
  for (const row of rows) {
    const [first = "", ...rest] = describe(row);
    item(doc, first ?? "", rest);
  }
}
