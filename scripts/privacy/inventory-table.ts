import { PRIVACY_INVENTORY } from "../../src/services/privacy/inventory.ts";
import { readSchemaModels, type SchemaModel } from "./schema-models.ts";

export const START_MARKER = "<!-- inventory:start (npm run docs:privacy writes this table) -->";
export const END_MARKER = "<!-- inventory:end -->";

const HEADER = ["table", "fields", "free text", "why", "who sees it", "kept", "export", "erasure"];
const MISSING = "not described yet: add it to src/services/privacy/inventory.ts";

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
const code = (names: readonly string[]) => names.map((name) => `\`${name}\``).join(", ");

function rowFor(model: SchemaModel): string[] {
  const entry = PRIVACY_INVENTORY[model.name];
  if (!entry) return [`\`${model.table}\``, MISSING, "", "", "", "", "", ""];
  return [
    `\`${model.table}\`: ${entry.holds}`,
    code(model.fields),
    entry.freeText.length ? code(entry.freeText) : "none",
    entry.notPersonal ? `not personal: ${entry.notPersonal}` : entry.why,
    entry.whoSees,
    entry.kept,
    entry.export,
    entry.erasure,
  ].map(cell);
}

/** The inventory as a Markdown table, one row per model in the schema, aligned as Biome formats it. */
export function inventoryTable(models: SchemaModel[] = readSchemaModels()): string {
  const rows = models.map(rowFor);
  const widths = HEADER.map((title, i) =>
    Math.max(title.length, ...rows.map((row) => (row[i] ?? "").length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((text, i) => text.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  const rule = `| ${widths.map((width) => "-".repeat(width)).join(" | ")} |`;
  return [line(HEADER), rule, ...rows.map(line)].join("\n");
}

/** The document with the table between its markers replaced. */
export function withInventory(document: string, table = inventoryTable()): string {
  const start = document.indexOf(START_MARKER);
  const end = document.indexOf(END_MARKER);
  if (start < 0 || end < start) throw new Error("docs/privacy.md has lost its inventory markers");
  return `${document.slice(0, start + START_MARKER.length)}\n\n${table}\n\n${document.slice(end)}`;
}
