import type PDFDocument from "pdfkit";
import { documentFont } from "./pdf-font.ts";

export type PdfDoc = InstanceType<typeof PDFDocument>;

/**
 * Renders one A4 document: `write` draws on it; the bytes come back when it ends. pdfkit is
 * loaded on the first document, not at start-up: it is a third of the bot's idle memory.
 */
export async function renderPdf(
  info: { title: string; createdAt: Date },
  write: (doc: PdfDoc) => void,
): Promise<Buffer> {
  const { default: PdfDocument } = await import("pdfkit");
  const doc = new PdfDocument({
    size: "A4",
    margin: 50,
    info: { Title: info.title, Author: "Balint Pathway", CreationDate: info.createdAt },
  });
  doc.font(documentFont());
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  write(doc);
  doc.end();
  return done;
}

export function heading(doc: PdfDoc, text: string): void {
  doc.moveDown().fontSize(13).text(text).fontSize(10);
}

/** A line, then its details indented beneath it. */
export function item(doc: PdfDoc, title: string, details: readonly (string | null)[] = []): void {
  doc.moveDown(0.3).text(title);
  for (const detail of details) if (detail) doc.text(detail, { indent: 14 });
}

/** "YYYY-MM-DD" of an instant (UTC), or a dash. */
export function isoDay(at: Date | null): string {
  return at ? at.toISOString().slice(0, 10) : "-";
}
