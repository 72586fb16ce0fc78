import { PRIVACY_INVENTORY } from "../../src/services/privacy/inventory.ts";
import { readSchemaModels, type SchemaModel } from "./schema-models.ts";

export const START_MARKER = "<!-- inventory:start (npm run docs:privacy writes this table) -->";
export const END_MARKER = "<!-- inventory:end -->";

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** The inventory as a Markdown table: one row per model in the schema. */
export function inventoryTable(models: SchemaModel[] = readSchemaModels()): string {
  const header = [
    "| table | fields | free text | why | who sees it | kept | export | erasure |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
  ];
  const rows = models.map((model) => {
    const entry = PRIVACY_INVENTORY[model.name];
    if (!entry)
      return `| \`${model.table}\` | not described yet: add it to src/services/privacy/inventory.ts | | | | | | |`;
    const columns = [
      `\`${model.table}\`: ${entry.holds}`,
      model.fields.map((f) => `\`${f}\``).join(", "),
      entry.freeText.length ? entry.freeText.map((f) => `\`${f}\``).join(", ") : "none",
      entry.notPersonal ? `not personal: ${entry.notPersonal}` : entry.why,
      entry.whoSees,
      entry.kept,
      entry.export,
      entry.erasure,
    ];
    return `| ${columns.map(cell).join(" | ")} |`;
  });
  return [...header, ...rows].join("\n");
}

/** The document with the table between its markers replaced. */
export function withInventory(document: string, table = inventoryTable()): string {
  const start = document.indexOf(START_MARKER);
  const end = document.indexOf(END_MARKER);
  if (start < 0 || end < start) throw new Error("docs/privacy.md has lost its inventory markers");
  return `${document.slice(0, start + START_MARKER.length)}\n\n${table}\n\n${document.slice(end)}`;
}
