import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const SCHEMA = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../prisma/schema.prisma",
);

export interface SchemaTable {
  /** The model, e.g. "ActivityEntry". */
  model: string;
  /** Its client property, e.g. "activityEntry". */
  delegate: string;
  table: string;
  /** The primary key's field and column. */
  idField: string;
  idColumn: string;
  /** Whether the key is an autoincrement number (PostgreSQL's sequence must follow a copy). */
  autoincrement: boolean;
  /** Models this one points at (foreign keys). */
  dependsOn: string[];
}

/**
 * Every table of prisma/schema.prisma, read from its text, parents before children, so rows can
 * be written in this order without breaking a foreign key.
 */
export function schemaTables(source = readFileSync(SCHEMA, "utf8")): SchemaTable[] {
  const tables: SchemaTable[] = [];
  for (const match of source.matchAll(/^model\s+(\w+)\s*\{([\s\S]*?)^\}/gm)) {
    const [, model = "", body = ""] = match;
    const lines = body.split("\n").filter((line) => !line.trim().startsWith("/"));
    const idLine = lines.find((line) => /\s@id\b/.test(line)) ?? "";
    const idField = /^\s+(\w+)/.exec(idLine)?.[1];
    if (!idField) throw new Error(`The model ${model} has no @id field to copy by.`);
    const dependsOn = lines
      .filter((line) => /@relation\([^)]*fields:/.test(line))
      .map((line) => /^\s+\w+\s+(\w+)/.exec(line)?.[1] ?? "")
      .filter((parent) => parent !== "" && parent !== model);
    tables.push({
      model,
      delegate: model.charAt(0).toLowerCase() + model.slice(1),
      table: /@@map\("([^"]+)"\)/.exec(body)?.[1] ?? model,
      idField,
      idColumn: /@map\("([^"]+)"\)/.exec(idLine)?.[1] ?? idField,
      autoincrement: idLine.includes("autoincrement()"),
      dependsOn,
    });
  }
  return parentsFirst(tables);
}

function parentsFirst(tables: SchemaTable[]): SchemaTable[] {
  const ordered: SchemaTable[] = [];
  const placed = new Set<string>();
  while (ordered.length < tables.length) {
    const ready = tables.filter(
      (table) => !placed.has(table.model) && table.dependsOn.every((parent) => placed.has(parent)),
    );
    if (ready.length === 0) throw new Error("The schema's foreign keys form a cycle.");
    for (const table of ready) {
      ordered.push(table);
      placed.add(table.model);
    }
  }
  return ordered;
}
