import type { PersonalData } from "../personal-data.ts";
import { entriesCsv } from "./entries-csv.ts";
import { personalDataJson } from "./personal-data-json.ts";
import { portfolioPdf } from "./portfolio-pdf.ts";

export interface ExportFile {
  filename: string;
  title: string;
  bytes: Buffer;
}

/** The three files of a subject-access export: a readable PDF, the full JSON and a CSV of entries. */
export async function renderExportFiles(data: PersonalData): Promise<ExportFile[]> {
  const day = data.generatedAt.slice(0, 10);
  return [
    {
      filename: `balint-portfolio-${day}.pdf`,
      title: "Your portfolio (PDF)",
      bytes: await portfolioPdf(data),
    },
    {
      filename: `balint-data-${day}.json`,
      title: "Everything held about you (JSON)",
      bytes: Buffer.from(personalDataJson(data), "utf8"),
    },
    {
      filename: `balint-entries-${day}.csv`,
      title: "Your entries (CSV)",
      bytes: Buffer.from(entriesCsv(data.entries), "utf8"),
    },
  ];
}
