import { stringify } from "csv-stringify/sync";
import type { ExportedEntry } from "../personal-data.ts";

const COLUMNS: readonly (keyof ExportedEntry)[] = [
  "occurredOn",
  "kind",
  "count",
  "hours",
  "mode",
  "format",
  "caseDiscussions",
  "recorded",
  "provider",
  "approvedInAdvance",
  "faceToFace",
  "withWhom",
  "state",
  "decidedBy",
  "decidedAt",
  "queryReason",
  "note",
  "importedAt",
  "createdAt",
];

/** Characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell a spreadsheet shows as text: a leading formula character gets a `'` before it. */
export function safeCell(value: string | number | boolean | null): string {
  if (value === null) return "";
  const text = String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The trainee's entries, one row each, safe to open in a spreadsheet. */
export function entriesCsv(entries: readonly ExportedEntry[]): string {
  const rows = entries.map((entry) => COLUMNS.map((column) => safeCell(entry[column])));
  return stringify([[...COLUMNS], ...rows]);
}
