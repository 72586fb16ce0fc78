import type { PersonalData } from "../personal-data.ts";

/** The export as machine-readable JSON, with a format version so readers can tell shapes apart. */
export function personalDataJson(data: PersonalData): string {
  return `${JSON.stringify({ format: "balint-pathway-export/1", ...data }, null, 2)}\n`;
}
