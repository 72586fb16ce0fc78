import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { withInventory } from "./privacy/inventory-table.ts";

// Writes the data inventory table in docs/privacy.md from prisma/schema.prisma and
// src/services/privacy/inventory.ts. A test fails when the committed doc is out of date.
const file = path.resolve(import.meta.dirname, "../docs/privacy.md");
const before = readFileSync(file, "utf8");
const after = withInventory(before);
if (after === before) {
  process.stdout.write("docs/privacy.md is up to date.\n");
} else {
  writeFileSync(file, after);
  process.stdout.write("Wrote the inventory table in docs/privacy.md.\n");
}
