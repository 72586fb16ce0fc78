/**
 * Benchmark: the weekly digest for 5,000 trainees with 200,000 entries, 300 applications pending
 * and a few hundred enquiries, on a fresh SQLite file. Times the digest's queries plus the pure
 * Block Kit builder over several runs, and reports memory. Goal: under 1 s.
 *
 *   npx tsx bench/digest.ts
 */
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { type Database, openDatabase } from "../src/db/client.ts";
import { createKeyring, decodeKey, newKeyBase64 } from "../src/db/encryption/keyring.ts";
import { applyMigrations } from "../src/db/migrate.ts";
import { weekPeriod } from "../src/jobs/periods.ts";
import { digestSince, gatherDigest } from "../src/services/jobs/gather-digest.ts";
import { digestMessage } from "../src/slack/features/scheduled/views/digest-message.ts";

export const DIGEST_GOAL_MS = 1_000;
const RUNS = 7;
const NOW = new Date("2026-11-30T09:00:00Z");
const TIME_ZONE = "Europe/London";
const DAY_MS = 86_400_000;
const ROWS_PER_INSERT = 500;

const WORKLOAD = {
  trainees: 5_000,
  leaders: 200,
  entries: 200_000,
  pendingApplications: 300,
  decidedThisWeek: 40,
  enquiries: 400,
  trainingDayRequests: 100,
};
export type Workload = typeof WORKLOAD;

export interface DigestBenchmark {
  workload: Workload;
  seedMs: number;
  runsMs: number[];
  medianMs: number;
  maxMs: number;
  /** Before the timed runs, after seeding (the seed's rows may not be collected yet). */
  baselineRssMb: number;
  baselineHeapUsedMb: number;
  /** Sampled after each timed run. */
  peakRssMb: number;
  peakHeapUsedMb: number;
  blocks: number;
}

type Row = Record<string, string | number | boolean | Date | null>;

const KINDS = [
  "group_member",
  "weekend_member",
  "coled",
  "led_supervised",
  "leadership_course",
  "training_day",
  "supervision",
  "peer_workshop",
];
const CONFIRMED_BY_OTHERS = ["coled", "led_supervised", "supervision"];
const CRITERIA = [
  "Member of the UK Balint Society",
  "Professional training",
  "Experience as a group member",
  "Co-led 20 sessions",
  "Leadership courses",
  "Supervision",
  "Competencies C1 to C5",
  "Portfolio",
  "Supervisor's report",
];
const ENQUIRY = JSON.stringify({
  professionalTraining: "GP, general practice",
  ukBalintMember: "member",
  psychoanalyticTraining: false,
  groupSessions: 12,
  hopes: "Advice on co-leading.",
});

/** A small deterministic generator, so every run seeds the same data. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const ago = (days: number) => new Date(NOW.getTime() - days * DAY_MS);
const range = <T>(length: number, row: (i: number) => T): T[] =>
  Array.from({ length }, (_, i) => row(i));
const mb = (bytes: number) => bytes / 1024 / 1024;

/** How Prisma's SQLite adapter stores a DateTime, so rows read back as if Prisma wrote them. */
const sqliteTime = (date: Date) => date.toISOString().replace("Z", "+00:00");

/** Bulk insert: multi-row INSERTs of `ROWS_PER_INSERT` rows, in one transaction per table. */
async function insertRows(db: Database, table: string, rows: readonly Row[]): Promise<void> {
  const columns = Object.keys(rows[0] ?? {});
  const value = (v: Row[string]) =>
    v instanceof Date ? sqliteTime(v) : typeof v === "boolean" ? Number(v) : v;
  const columnList = columns.map((c) => `"${c}"`).join(", ");
  const placeholders = `(${columns.map(() => "?").join(", ")})`;
  await db.$transaction(
    async (tx) => {
      for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
        const chunk = rows.slice(start, start + ROWS_PER_INSERT);
        await tx.$executeRawUnsafe(
          `INSERT INTO "${table}" (${columnList}) VALUES ${chunk.map(() => placeholders).join(", ")}`,
          ...chunk.flatMap((row) => columns.map((column) => value(row[column] ?? null))),
        );
      }
    },
    { timeout: 120_000 },
  );
}

/** The seeded tables, in insertion order. Ids are 1…n in a fresh database. */
function workloadRows(w: Workload): [table: string, rows: Row[]][] {
  const next = random(42);
  const leaderId = (i: number) => w.trainees + (i % w.leaders) + 1;
  const enquirerId = (i: number) => w.trainees + w.leaders + i + 1;
  const applications = w.pendingApplications + w.decidedThisWeek;
  const submitted = (i: number) => ago(1 + (i % 60));
  const entry = (i: number): Row => {
    const kind = KINDS[Math.floor(next() * KINDS.length)] ?? "group_member";
    const confirmable = CONFIRMED_BY_OTHERS.includes(kind);
    const daysAgo = Math.floor(next() * 1_000);
    return {
      trainee_id: (i % w.trainees) + 1,
      kind,
      occurred_on: sqliteTime(ago(daysAgo + 1)).slice(0, 10),
      count: 1 + Math.floor(next() * 3),
      hours: kind === "supervision" ? 1 : null,
      counterpart_id: confirmable ? leaderId(i) : null,
      note: next() < 0.3 ? "Notes on the group process." : null,
      state: confirmable && next() < 0.1 ? "claimed" : "confirmed",
      created_at: ago(daysAgo),
      updated_at: ago(daysAgo),
    };
  };
  const snapshot = () =>
    JSON.stringify({
      criteria: CRITERIA.map((title) => ({ title, status: next() < 0.75 ? "met" : "not_met" })),
    });
  return [
    [
      "people",
      range(w.trainees + w.leaders + w.enquiries, (i) => ({
        slack_team_id: "T0BENCH",
        slack_user_id: `U${String(i + 1).padStart(8, "0")}`,
        display_name: `Person ${i + 1}`,
        created_at: ago(900),
      })),
    ],
    [
      "trainee_profiles",
      range(w.trainees, (i) => ({
        person_id: i + 1,
        ruleset_id: "bsuk-2016-02",
        created_at: ago(900),
        updated_at: ago(900),
      })),
    ],
    [
      "accredited_leaders",
      range(w.leaders, (i) => ({ person_id: leaderId(i), accredited_on: "2015-01-01" })),
    ],
    [
      "supervisions",
      range(w.trainees, (i) => ({
        trainee_id: i + 1,
        supervisor_id: leaderId(i),
        state: "active",
      })),
    ],
    ["activity_entries", range(w.entries, entry)],
    [
      "applications",
      range(applications, (i) => ({
        trainee_id: i + 1,
        status: i >= w.pendingApplications ? "not_yet" : i % 5 ? "submitted" : "resubmitted",
        statement: "I have co-led a weekly group for two years.",
        evaluation_snapshot: snapshot(),
        ruleset_id: "bsuk-2016-02",
        submitted_at: submitted(i),
        created_at: submitted(i),
        updated_at: submitted(i),
      })),
    ],
    [
      "application_events",
      [
        ...range(applications, (i) => ({
          application_id: i + 1,
          to_status: "submitted",
          actor_id: i + 1,
          reason: null,
          at: submitted(i),
        })),
        ...range(w.decidedThisWeek, (i) => ({
          application_id: w.pendingApplications + i + 1,
          to_status: "not_yet",
          actor_id: leaderId(i),
          reason: "More co-leading first.",
          at: ago(i % 6),
        })),
      ],
    ],
    [
      "supervisor_reports",
      range(w.pendingApplications / 2, (i) => ({
        trainee_id: i * 2 + 1,
        supervisor_id: leaderId(i),
        text: "Ready.",
        discussed_with_trainee: true,
        ready_to_apply: true,
      })),
    ],
    [
      "leadership_requests",
      range(w.enquiries, (i) => ({
        kind: "interest_form",
        person_id: enquirerId(i),
        answers: ENQUIRY,
        created_at: ago(i % 30),
        answered_at: i % 4 ? ago(0) : null,
      })),
    ],
    [
      "leadership_requests",
      range(w.trainingDayRequests, (i) => ({
        kind: "training_day",
        person_id: enquirerId(i),
        area: `Area ${i}`,
        created_at: ago(i % 30),
        answered_at: i % 3 ? ago(0) : null,
      })),
    ],
  ];
}

/** The digest as the weekly run builds it: when the last one ran, the queries, the blocks. */
async function buildDigestOnce(db: Database): Promise<number> {
  const ctx = { db, now: NOW, timeZone: TIME_ZONE };
  const since = await digestSince(ctx, weekPeriod(NOW, TIME_ZONE));
  const message = digestMessage(await gatherDigest(ctx, since));
  return message.blocks?.length ?? 0;
}

/** Seeds a fresh database, then times building the digest `RUNS` times after one warm-up. */
export async function runDigestBenchmark(workload: Workload = WORKLOAD): Promise<DigestBenchmark> {
  const folder = path.resolve("test-output", "bench", `digest-${process.pid}-${Date.now()}`);
  mkdirSync(folder, { recursive: true });
  const url = `file:${path.join(folder, "digest.db")}`;
  applyMigrations(url);
  const db = await openDatabase(url, createKeyring(decodeKey(newKeyBase64())));
  try {
    const seedStart = performance.now();
    for (const [table, rows] of workloadRows(workload)) await insertRows(db, table, rows);
    const seedMs = performance.now() - seedStart;

    let blocks = await buildDigestOnce(db);
    const baseline = process.memoryUsage();
    const runsMs: number[] = [];
    let peakRss = 0;
    let peakHeap = 0;
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      blocks = await buildDigestOnce(db);
      runsMs.push(performance.now() - start);
      const memory = process.memoryUsage();
      peakRss = Math.max(peakRss, memory.rss);
      peakHeap = Math.max(peakHeap, memory.heapUsed);
    }
    const sorted = [...runsMs].sort((a, b) => a - b);
    return {
      workload,
      seedMs,
      runsMs,
      medianMs: sorted[Math.floor(sorted.length / 2)] ?? 0,
      maxMs: sorted.at(-1) ?? 0,
      baselineRssMb: mb(baseline.rss),
      baselineHeapUsedMb: mb(baseline.heapUsed),
      peakRssMb: mb(peakRss),
      peakHeapUsedMb: mb(peakHeap),
      blocks,
    };
  } finally {
    await db.$disconnect();
    rmSync(folder, { recursive: true, force: true });
  }
}

export function printDigestBenchmark(result: DigestBenchmark): void {
  const w = result.workload;
  const rows: [string, string][] = [
    ["workload", `${w.trainees} trainees, ${w.entries} entries, ${w.leaders} leaders`],
    ["", `${w.pendingApplications} applications pending, ${w.decidedThisWeek} decided this week`],
    ["", `${w.enquiries} enquiries, ${w.trainingDayRequests} training-day requests`],
    ["seeding", `${(result.seedMs / 1000).toFixed(1)} s`],
    [
      `digest, ${result.runsMs.length} runs`,
      `median ${result.medianMs.toFixed(0)} ms, max ${result.maxMs.toFixed(0)} ms (goal < ${DIGEST_GOAL_MS} ms: ${result.maxMs < DIGEST_GOAL_MS ? "met" : "NOT MET"})`,
    ],
    [
      "peak memory",
      `RSS ${result.peakRssMb.toFixed(0)} MB, heap used ${result.peakHeapUsedMb.toFixed(0)} MB (before the runs: ${result.baselineRssMb.toFixed(0)} MB, ${result.baselineHeapUsedMb.toFixed(0)} MB)`,
    ],
    ["digest size", `${result.blocks} blocks`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  process.stdout.write("Weekly digest\n");
  for (const [label, value] of rows) process.stdout.write(`  ${label.padEnd(width)}  ${value}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await runDigestBenchmark();
  printDigestBenchmark(result);
  if (result.maxMs >= DIGEST_GOAL_MS) process.exitCode = 1;
}
