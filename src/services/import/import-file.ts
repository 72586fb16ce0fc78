import { z } from "zod";
import { AppError } from "../../domain/app-error.ts";

/** The columns of each kind of file; the header row says which kind a file is. */
export const IMPORT_COLUMNS = {
  leaders: { required: ["person", "accredited_on"], optional: [] },
  entries: {
    required: ["trainee", "kind", "date"],
    optional: ["count", "group_sessions", "hours", "mode", "format", "with", "note"],
  },
} as const;

export type ImportKind = keyof typeof IMPORT_COLUMNS;

const recordsSchema = z.array(
  z.object({ record: z.array(z.string()), info: z.object({ lines: z.number() }) }),
);

/** One data row: its line in the file (the header is line 1) and its cells by column. */
export interface ImportRow {
  line: number;
  cells: Readonly<Record<string, string>>;
}

export interface ImportFile {
  kind: ImportKind;
  rows: ImportRow[];
}

/**
 * Reads a CSV file of the register (`person, accredited_on`) or of past entries (`trainee, kind,
 * date, …`): which one is told by the header row. Cells are trimmed; blank lines are skipped.
 */
export async function readImportFile(text: string): Promise<ImportFile> {
  // Loaded for an import only, not with the bot.
  const { CsvError, parse } = await import("csv-parse/sync");
  let parsed: unknown;
  try {
    parsed = parse(text, {
      bom: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    throw new AppError("INVALID_INPUT", `The file is not valid CSV: ${error.message}`);
  }
  // With `info`, csv-parse gives each record with the line it ends on (its types omit this).
  const [header, ...data] = recordsSchema.parse(parsed);
  const columns = (header?.record ?? []).map((name) => name.toLowerCase());
  const kind = kindOf(columns);
  const known: readonly string[] = [
    ...IMPORT_COLUMNS[kind].required,
    ...IMPORT_COLUMNS[kind].optional,
  ];
  const unknown = columns.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw new AppError(
      "INVALID_INPUT",
      `Unknown column${unknown.length > 1 ? "s" : ""} in the header: ${unknown.join(", ")}. The ${kind} file's columns are: ${known.join(", ")}.`,
    );
  }
  const rows = data.map(({ record, info }) => ({
    line: info.lines,
    cells: Object.fromEntries(columns.map((name, column) => [name, record[column] ?? ""])),
  }));
  return { kind, rows };
}

function kindOf(columns: readonly string[]): ImportKind {
  for (const kind of ["leaders", "entries"] as const) {
    if (IMPORT_COLUMNS[kind].required.every((name) => columns.includes(name))) return kind;
  }
  throw new AppError(
    "INVALID_INPUT",
    `The header row must name the columns: ${IMPORT_COLUMNS.leaders.required.join(", ")} for the register, or ${IMPORT_COLUMNS.entries.required.join(", ")} (and optionally ${IMPORT_COLUMNS.entries.optional.join(", ")}) for past entries.`,
  );
}
