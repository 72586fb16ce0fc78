import type { WebClient } from "@slack/web-api";
import type { Actor, ServiceContext } from "../../services/context.ts";
import { importEntries } from "../../services/import/import-entries.ts";
import { type ImportKind, readImportFile } from "../../services/import/import-file.ts";
import { importLeaders } from "../../services/import/import-leaders.ts";
import type { RowResult } from "../../services/import/import-run.ts";
import { findPeople } from "./find-people.ts";

export interface ImportReport {
  kind: ImportKind;
  dryRun: boolean;
  rows: RowResult[];
}

/** The people columns of each kind of file. */
const PEOPLE_COLUMNS: Record<ImportKind, readonly string[]> = {
  leaders: ["person"],
  entries: ["trainee", "with"],
};

/**
 * `npm run import`: reads the file, finds the people it names in Slack, then imports the rows
 * in one transaction (rolled back on a dry run). The admin is the one named by `--by`.
 */
export async function runImport(
  ctx: ServiceContext,
  client: WebClient,
  admin: Actor,
  options: { text: string; dryRun: boolean },
): Promise<ImportReport> {
  const { kind, rows } = await readImportFile(options.text);
  const written = rows.flatMap((row) =>
    PEOPLE_COLUMNS[kind].map((column) => row.cells[column] ?? ""),
  );
  const people = await findPeople(client, admin.teamId, written);
  const importOptions = { dryRun: options.dryRun, people };
  const results =
    kind === "leaders"
      ? await importLeaders(ctx, admin, rows, importOptions)
      : await importEntries(ctx, admin, rows, importOptions);
  return { kind, dryRun: options.dryRun, rows: results };
}

const WOULD: Record<RowResult["outcome"], string> = {
  added: "would add",
  updated: "would update",
  restored: "would restore",
  unchanged: "unchanged",
  refused: "refused",
};

/** The report as the admin reads it: one line per row, then the totals. */
export function formatImportReport(report: ImportReport): string {
  const lines = report.rows.map((row) => {
    const outcome = report.dryRun ? WOULD[row.outcome] : row.outcome;
    return `line ${row.line}: ${outcome}: ${row.detail}`;
  });
  const counts = new Map<string, number>();
  for (const row of report.rows) {
    const outcome = report.dryRun ? WOULD[row.outcome] : row.outcome;
    counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
  }
  const totals = [...counts].map(([outcome, count]) => `${count} ${outcome}`).join(", ");
  const what = report.kind === "leaders" ? "register" : "entries";
  const summary = report.dryRun
    ? `Dry run of the ${what} file: ${totals || "no rows"}. Nothing was written.`
    : `Imported the ${what} file: ${totals || "no rows"}.`;
  return `${[...lines, summary].join("\n")}\n`;
}
