import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importsIn, packageOf, resolveRelative, sourceFiles } from "./support/imports.ts";

/**
 * Arrows one way: Slack → services → db, and jobs → services, each layer fenced by what it may
 * not import. src/domain has its own test (test/domain/boundary.test.ts).
 */
const ROOT = path.resolve(import.meta.dirname, "..");

interface Forbidden {
  what: string;
  /** `target` is the repository-relative file a relative import names, else undefined. */
  matches: (specifier: string, target: string | undefined) => boolean;
}

const folder = (name: string): Forbidden => ({
  what: name,
  matches: (_specifier, target) => target?.startsWith(`${name}/`) ?? false,
});
const packages = (what: string, prefix: string): Forbidden => ({
  what,
  matches: (specifier) => specifier === prefix || specifier.startsWith(`${prefix}/`),
});

const SLACK = packages("@slack/*", "@slack");
const PRISMA = packages("@prisma/*", "@prisma");

/** Which files each rule covers, what they may not import, and code they may not hold. */
const RULES: {
  name: string;
  covers: (file: string) => boolean;
  forbidden: Forbidden[];
  forbiddenCode?: [pattern: RegExp, why: string][];
}[] = [
  {
    name: "services import no Slack and no jobs",
    covers: (file) => file.startsWith("src/services/"),
    forbidden: [folder("src/slack"), folder("src/jobs"), SLACK],
  },
  {
    name: "jobs import no Slack",
    covers: (file) => file.startsWith("src/jobs/"),
    forbidden: [folder("src/slack"), SLACK],
  },
  {
    name: "db imports no services, Slack or jobs",
    covers: (file) => file.startsWith("src/db/"),
    forbidden: [folder("src/services"), folder("src/slack"), folder("src/jobs")],
  },
  {
    name: "slack imports no db, no generated client and no Prisma, and reads no `.db`",
    covers: (file) => file.startsWith("src/slack/"),
    forbidden: [folder("src/db"), folder("src/generated"), PRISMA, packages("prisma", "prisma")],
    forbiddenCode: [[/\.db\b/, "reaches the database through `.db`; call a service instead"]],
  },
  {
    name: "nothing outside src/dev imports the dev tools",
    covers: (file) => file.startsWith("src/") && !file.startsWith("src/dev/"),
    forbidden: [folder("src/dev")],
  },
];

/** What `source`, as the repository file `file`, breaks of those `rules` that cover it. */
function problemsIn(file: string, source: string, rules = RULES): string[] {
  const covering = rules.filter((rule) => rule.covers(file));
  const code = covering.flatMap((rule) =>
    (rule.forbiddenCode ?? [])
      .filter(([pattern]) => pattern.test(source))
      .map(([, why]) => `${file}: ${why}`),
  );
  const imports = importsIn(source).flatMap(({ specifier }) => {
    const resolved = resolveRelative(path.join(ROOT, file), specifier);
    const target = resolved && path.relative(ROOT, resolved);
    return covering.flatMap((rule) =>
      rule.forbidden
        .filter((forbidden) => forbidden.matches(specifier, target))
        .map((forbidden) => `${file}: imports ${forbidden.what} ("${specifier}")`),
    );
  });
  return [...code, ...imports];
}

const SOURCE_FILES = sourceFiles(path.join(ROOT, "src"))
  .map((file) => path.relative(ROOT, file))
  .filter((file) => !file.startsWith("src/generated/"));

describe("the layers' boundaries", () => {
  for (const rule of RULES) {
    it(rule.name, () => {
      const covered = SOURCE_FILES.filter(rule.covers);
      expect(covered.length).toBeGreaterThan(3);
      const problems = covered.flatMap((file) =>
        problemsIn(file, readFileSync(path.join(ROOT, file), "utf8"), [rule]),
      );
      expect(problems).toEqual([]);
    });
  }

  it("catches what each rule is meant to catch", () => {
    const breaches: [file: string, source: string][] = [
      ["src/services/jobs/x.ts", 'import { serviceContext } from "../../slack/deps.ts";'],
      ["src/services/jobs/x.ts", 'import { REMINDERS_JOB } from "../../jobs/reminders.ts";'],
      ["src/services/x.ts", 'import type { WebClient } from "@slack/web-api";'],
      ["src/jobs/x.ts", 'import { digestMessage } from "../slack/features/scheduled/views/d.ts";'],
      ["src/jobs/x.ts", 'import type { Logger } from "@slack/bolt";'],
      ["src/db/x.ts", 'import type { PersonRef } from "../services/context.ts";'],
      ["src/db/backups/x.ts", 'export { a } from "../../jobs/backup.ts";'],
      ["src/db/x.ts", 'const m = await import("../slack/app.ts");'],
      ["src/slack/x.ts", 'import type { Database } from "../db/client.ts";'],
      ["src/slack/features/x.ts", 'import { Prisma } from "../../generated/prisma/client.ts";'],
      ["src/slack/x.ts", 'import { PrismaClient } from "@prisma/client";'],
      ["src/slack/x.ts", "await deps.db.person.findMany();"],
      ["src/slack/x.ts", "const { rows } = await serviceContext(deps).db.$queryRaw`SELECT 1`;"],
      ["src/bot.ts", 'import { startSlackEmulator } from "./dev/emulator/index.ts";'],
      ["src/slack/x.ts", 'import {\n  a,\n  type B,\n} from "../dev/sandbox/x.ts";'],
    ];
    for (const [file, source] of breaches) {
      expect(problemsIn(file, source), `${file}: ${source}`).not.toEqual([]);
    }
  });

  it("lets each layer import what it may", () => {
    const allowed: [file: string, source: string][] = [
      ["src/slack/x.ts", 'import { logEntry } from "../services/entries/log-entry.ts";'],
      ["src/slack/x.ts", 'import { App } from "@slack/bolt";'],
      ["src/jobs/x.ts", 'import { claimJobPeriod } from "../services/jobs/claim-job-period.ts";'],
      ["src/jobs/x.ts", 'import { takeBackup } from "../db/backups/take-backup.ts";'],
      ["src/services/x.ts", 'import { recordEffects } from "../db/outbox.ts";'],
      ["src/db/x.ts", 'import type { PersonRef } from "../domain/person-ref.ts";'],
      ["src/dev/sandbox/x.ts", 'import { startBot } from "../../bot.ts";'],
    ];
    for (const [file, source] of allowed) {
      expect(problemsIn(file, source), `${file}: ${source}`).toEqual([]);
    }
  });
});

/**
 * The packages the running bot loads: every import reachable from `entry`, following relative
 * imports (type-only ones are erased before the code runs). Each package maps to a file that
 * imports it.
 */
function runtimePackages(entry: string, read: (file: string) => string): Map<string, string> {
  const found = new Map<string, string>();
  const seen = new Set<string>();
  const queue = [entry];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const { specifier, typeOnly } of importsIn(read(file))) {
      if (typeOnly) continue;
      const resolved = resolveRelative(path.join(ROOT, file), specifier);
      if (resolved) {
        if (/\.(ts|js|mjs|cjs)$/.test(resolved)) queue.push(path.relative(ROOT, resolved));
        continue;
      }
      const name = packageOf(specifier);
      if (name && !found.has(name)) found.set(name, file);
    }
  }
  return found;
}

const manifest = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** Packages the bot loads that a production install (`npm ci --omit=dev`) leaves out. */
function devOnlyPackagesLoaded(loaded: Map<string, string>): string[] {
  return [...loaded]
    .filter(([name]) => name in manifest.devDependencies && !(name in manifest.dependencies))
    .map(([name, file]) => `${name} (imported by ${file})`);
}

describe("what the bot loads", () => {
  const readRepoFile = (file: string) => readFileSync(path.join(ROOT, file), "utf8");

  it("needs no dev dependency: nothing reachable from src/main.ts imports one", () => {
    const loaded = runtimePackages("src/main.ts", readRepoFile);
    expect([...loaded.keys()]).toEqual(expect.arrayContaining(["@slack/bolt", "zod"]));
    expect(devOnlyPackagesLoaded(loaded)).toEqual([]);
  });

  it("catches a dev dependency loaded through another file, and ignores type-only imports", () => {
    const files: Record<string, string> = {
      "src/main.ts": 'import { startBot } from "./bot.ts";',
      "src/bot.ts":
        'import type { Browser } from "playwright-core";\nimport { helper } from "./helper.ts";',
      "src/helper.ts": 'import { build } from "esbuild";',
    };
    const loaded = runtimePackages("src/main.ts", (file) => files[file] ?? "");
    expect(devOnlyPackagesLoaded(loaded)).toEqual(["esbuild (imported by src/helper.ts)"]);
  });
});
