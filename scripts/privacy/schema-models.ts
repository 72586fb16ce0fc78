import { readFileSync } from "node:fs";
import path from "node:path";

export interface SchemaModel {
  name: string;
  table: string;
  /** Scalar fields (relations left out), in schema order. */
  fields: string[];
}

export const SCHEMA_PATH = path.resolve(import.meta.dirname, "../../prisma/schema.prisma");

/** The models of prisma/schema.prisma, read from its text: names, tables and scalar fields. */
export function readSchemaModels(source = readFileSync(SCHEMA_PATH, "utf8")): SchemaModel[] {
  const models: SchemaModel[] = [];
  const modelNames = [...source.matchAll(/^model\s+(\w+)\s*\{/gm)].map((m) => m[1] ?? "");
  for (const match of source.matchAll(/^model\s+(\w+)\s*\{([\s\S]*?)^\}/gm)) {
    const [, name = "", body = ""] = match;
    const table = /@@map\("([^"]+)"\)/.exec(body)?.[1] ?? name;
    const fields: string[] = [];
    for (const line of body.split("\n")) {
      const field = /^\s+(\w+)\s+(\w+)(\[\])?\??/.exec(line);
      if (!field || line.trim().startsWith("//")) continue;
      const [, fieldName = "", type = "", list] = field;
      if (modelNames.includes(type) || list) continue;
      fields.push(fieldName);
    }
    models.push({ name, table, fields });
  }
  return models;
}
