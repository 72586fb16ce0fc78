import { readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importsIn, sourceFiles } from "../support/imports.ts";

/** src/domain is pure: no Slack, no database, no scheduler, no Node modules, no clock. */
const DOMAIN_DIR = path.resolve(import.meta.dirname, "../../src/domain");

const FORBIDDEN_CODE: readonly [RegExp, string][] = [
  [/\bDate\.now\s*\(/, "Date.now() reads the clock; take `now` as an argument"],
  [
    /\bnew\s+Date\s*\(\s*\)/,
    "new Date with no argument reads the clock; take `now` as an argument",
  ],
];

function forbiddenImport(specifier: string): string | undefined {
  if (specifier.startsWith("@slack/")) return "Slack";
  if (specifier.startsWith("@prisma/") || specifier === "prisma") return "Prisma";
  if (/(^|\/)generated(\/|$)/.test(specifier)) return "the generated Prisma client";
  if (specifier === "node-cron") return "the scheduler";
  if (specifier.startsWith("node:") || builtinModules.includes(specifier.split("/")[0] ?? "")) {
    return "a Node module";
  }
  return undefined;
}

/** Every rule broken in one source text, as readable lines. */
function boundaryProblems(source: string): string[] {
  const problems: string[] = [];
  for (const { specifier } of importsIn(source)) {
    const what = forbiddenImport(specifier);
    if (what) problems.push(`imports ${what} ("${specifier}")`);
  }
  for (const [pattern, why] of FORBIDDEN_CODE) {
    if (pattern.test(source)) problems.push(why);
  }
  return problems;
}

describe("the domain boundary", () => {
  it("src/domain imports nothing impure and never reads the clock", () => {
    const files = sourceFiles(DOMAIN_DIR);
    expect(files.length).toBeGreaterThan(5);
    const problems = files.flatMap((file) =>
      boundaryProblems(readFileSync(file, "utf8")).map(
        (problem) => `${path.relative(DOMAIN_DIR, file)}: ${problem}`,
      ),
    );
    expect(problems).toEqual([]);
  });

  it("catches what it is meant to catch", () => {
    const samples = [
      'import { App } from "@slack/bolt";',
      'import type { PrismaClient } from "@prisma/client";',
      'import { db } from "../generated/prisma/client.ts";',
      'import { x } from "../../src/generated/prisma/models.ts";',
      'import cron from "node-cron";',
      'import { readFileSync } from "node:fs";',
      'import path from "path";',
      'const fs = await import("fs/promises");',
      "const t = Date.now();",
      "const t = new Date();",
      "const t = new Date( );",
    ];
    for (const sample of samples) expect(boundaryProblems(sample), sample).not.toEqual([]);
  });

  it("allows relative imports and dates built from a value", () => {
    const fine = [
      'import { COMPETENCIES } from "./competencies.ts";',
      'import type { Ruleset } from "../ruleset.ts";',
      "const d = new Date(0);",
      "const d = new Date(ms);",
      "const t = Date.UTC(2026, 0, 1);",
    ];
    for (const sample of fine) expect(boundaryProblems(sample), sample).toEqual([]);
  });
});
