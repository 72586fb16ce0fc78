import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { newKeyBase64 } from "../src/db/encryption/keyring.ts";
import { startSlackEmulator } from "../src/dev/emulator/index.ts";
import { createDmClock } from "./confirmer-dm.ts";
import { type LoadResult, percentile, runAtRate, runLoad, type Target } from "./load.ts";
import {
  type BenchProcess,
  peakRssDuring,
  startProcess,
  startScriptNodeArgs,
} from "./processes.ts";

// The ack benchmark: our bot and a bare Bolt app, each in its own process on loopback, under
// the same signed slash-command load. Figures are printed; nothing here is a pass/fail test.

const SECRET = "bench-signing-secret-0123456789";
/** Commands come from a pool of trainees, as they would in a society, not all from one person. */
const TRAINEES = Array.from({ length: 200 }, (_, i) => `U0BENCH${String(i).padStart(3, "0")}`);
const ADMIN = "U0BENCHADM";
/** The accredited leader the confirmer scenario names: each log asks them to confirm it. */
const LEADER = "U0BENCHLDR";
const CLOSED_REQUESTS = Number(process.env.BENCH_REQUESTS ?? 1000);
const WARMUP = 100;

interface Load {
  name: string;
  run: (target: Target, body: () => string) => Promise<LoadResult>;
}
// BENCH_LOADS=10/s,50/s runs only those loads.
const onlyLoads = process.env.BENCH_LOADS?.split(",");
/** Closed loops (that many requests in flight: throughput) and steady open-loop rates. */
const ALL_LOADS: Load[] = [
  { name: "c=1", run: (t, body) => runLoad(t, 1, Math.min(CLOSED_REQUESTS, 300), body) },
  { name: "c=10", run: (t, body) => runLoad(t, 10, CLOSED_REQUESTS, body) },
  { name: "c=50", run: (t, body) => runLoad(t, 50, CLOSED_REQUESTS, body) },
  { name: "10/s", run: (t, body) => runAtRate(t, 10, 100, body) },
  { name: "50/s", run: (t, body) => runAtRate(t, 50, 500, body) },
];
const LOADS = ALL_LOADS.filter((load) => !onlyLoads || onlyLoads.includes(load.name));

const emulator = await startSlackEmulator({
  workspace: {
    users: [...TRAINEES, ADMIN, LEADER].map((id) => ({ id, name: id.toLowerCase() })),
  },
});
const dataDir = mkdtempSync(path.join(os.tmpdir(), "balint-bench-"));
const env = {
  SLACK_BOT_TOKEN: "xoxb-test",
  SLACK_SIGNING_SECRET: SECRET,
  SLACK_API_URL: emulator.url,
  PORT: "0",
  // BENCH_DATABASE_URL (e.g. an empty PostgreSQL database) instead of a fresh SQLite file.
  DATABASE_URL: process.env.BENCH_DATABASE_URL ?? `file:${path.join(dataDir, "bench.db")}`,
  LEADERSHIP_CHANNEL_ID: "C0LEADERS",
  SUBCOMMITTEE_CHANNEL_ID: "C0SUBCOMM",
  ADMIN_USER_IDS: ADMIN,
  LOG_LEVEL: "info",
  DATA_ENCRYPTION_KEY: newKeyBase64(),
};
const dmClock = createDmClock(emulator, LEADER);

let sequence = 0;
const commandBody = (text: string, user?: string) => {
  const userId = user ?? TRAINEES[sequence % TRAINEES.length] ?? "";
  if (text.includes(`<@${LEADER}|`)) dmClock.logged(userId, Date.now());
  return new URLSearchParams({
    token: "verification-token",
    team_id: emulator.workspace.teamId,
    team_domain: emulator.workspace.teamDomain,
    channel_id: emulator.dmChannelFor(userId),
    channel_name: "directmessage",
    user_id: userId,
    user_name: userId.toLowerCase(),
    command: "/balint",
    text,
    api_app_id: emulator.workspace.appId,
    is_enterprise_install: "false",
    response_url: emulator.issueResponseUrl({ userId, channelId: emulator.dmChannelFor(userId) }),
    // Unique per request, as Slack's are: the bot drops repeated deliveries.
    trigger_id: `bench.${process.pid}.${++sequence}`,
  }).toString();
};

/** Waits until the bot has stopped calling Slack (DMs, Home refreshes after the acks). */
async function settled(): Promise<void> {
  const deadline = Date.now() + 60_000;
  let last = -1;
  while (Date.now() < deadline && emulator.calls.length !== last) {
    last = emulator.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 700));
  }
}

interface Row {
  scenario: string;
  app: string;
  load: string;
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  failures: number;
  /** Process CPU time over requests handled, including the work that followed the acks. */
  cpuMsPerRequest: number;
  peakMiB: number;
  /** Confirmer scenario: command sent → the confirmer's DM (posted or updated) counting it. */
  dm?: { p50: number; p99: number; missing: number };
}

async function measure(
  app: string,
  target: BenchProcess,
  scenario: string,
  text: string,
): Promise<Row[]> {
  const endpoint: Target = { port: target.port, signingSecret: SECRET };
  dmClock.reset();
  await runLoad(endpoint, 10, WARMUP, () => commandBody(text));
  await settled();
  const rows: Row[] = [];
  for (const load of LOADS) {
    const since = Date.now();
    const cpuBefore = target.cpuMs();
    const { result, peakMiB } = await peakRssDuring(target, () =>
      load.run(endpoint, () => commandBody(text)),
    );
    await settled();
    const cpuMsPerRequest = (target.cpuMs() - cpuBefore) / result.requests;
    process.stderr.write(`${scenario}, ${app}, ${load.name}: done\n`);
    const sorted = [...result.latenciesMs].sort((a, b) => a - b);
    const dms = text.includes(`<@${LEADER}|`) ? dmClock.latencies(since) : undefined;
    const dmSorted = dms?.ms.sort((a, b) => a - b);
    rows.push({
      scenario,
      app,
      load: load.name,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      rps: result.requests / result.seconds,
      failures: result.failures,
      cpuMsPerRequest,
      peakMiB,
      ...(dms && dmSorted
        ? {
            dm: {
              p50: percentile(dmSorted, 50),
              p99: percentile(dmSorted, 99),
              missing: dms.missing,
            },
          }
        : {}),
    });
  }
  return rows;
}

const ours = await startProcess("src/main.ts", env, { nodeArgs: startScriptNodeArgs() });
const bare = await startProcess("bench/bare-bolt.ts", env);
const floor = await startProcess("bench/floor-bolt.ts", {
  ...env,
  FLOOR_DATABASE: path.join(dataDir, "floor.db"),
});
const idle = { ours: ours.rssMiB(), bare: bare.rssMiB() };

const CONFIRMER_LOG = `log coled 1 today with <@${LEADER}|dr.leader>`;
const SCENARIOS = [
  ["help", "help"],
  ["log (a database write)", "log group 1 today"],
  ["log with a confirmer", CONFIRMER_LOG],
] as const;
// BENCH_ONLY=help (or log) runs the scenarios whose names start so.
const only = process.env.BENCH_ONLY;
const chosen = SCENARIOS.filter(([name]) => !only || name.startsWith(only));
const BARE = "bare Bolt (ack only)";
// A bare Bolt app acknowledges every command alike: one set of rows stands for every scenario.
const rows: Row[] = await measure("bare Bolt", bare, BARE, "help");
// The least a log with a confirmer can cost here (bench/floor-bolt.ts), beside ours.
if (chosen.some(([, text]) => text === CONFIRMER_LOG)) {
  rows.push(...(await measure("floor", floor, "floor: write, ack, DM", CONFIRMER_LOG)));
}
// The leader the confirmer scenario names, on the register since long ago.
await runLoad({ port: ours.port, signingSecret: SECRET }, 1, 1, () =>
  commandBody(`admin leader add <@${LEADER}|dr.leader> 2015-01-01`, ADMIN),
);
for (const [scenario, text] of chosen) {
  rows.push(...(await measure("Balint Pathway", ours, scenario, text)));
}
await Promise.all([ours.stop(), bare.stop(), floor.stop()]);
await emulator.close();
rmSync(dataDir, { recursive: true, force: true });

const ms = (n: number) => (Number.isNaN(n) ? "" : n.toFixed(2)).padStart(7);
console.log(
  `\nAck latency, signed slash commands over loopback HTTP (${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, Node ${process.version})`,
);
console.log(
  `Idle RSS: Balint Pathway ${idle.ours.toFixed(0)} MiB, bare Bolt ${idle.bare.toFixed(0)} MiB (${(idle.ours / idle.bare).toFixed(2)}×)\n`,
);
console.log(
  "scenario                 app             load   p50 ms   p95 ms   p99 ms  req/s  fail  CPU ms/req  peak MiB  p99 vs bare  DM p50 ms  DM p99 ms",
);
for (const row of rows) {
  const baseline = rows.find((r) => r.scenario === BARE && r.load === row.load);
  const ratio = row.scenario === BARE || !baseline ? "" : `${(row.p99 / baseline.p99).toFixed(2)}×`;
  const dm = row.dm
    ? `  ${ms(row.dm.p50)}    ${ms(row.dm.p99)}${row.dm.missing > 0 ? `  (${row.dm.missing} never arrived)` : ""}`
    : "";
  console.log(
    `${row.scenario.slice(0, 24).padEnd(24)} ${row.app.padEnd(15)} ${row.load.padStart(4)} ${ms(row.p50)}  ${ms(row.p95)}  ${ms(row.p99)}  ${row.rps.toFixed(0).padStart(5)}  ${String(row.failures).padStart(4)}  ${row.cpuMsPerRequest.toFixed(2).padStart(10)}  ${row.peakMiB.toFixed(0).padStart(8)}  ${ratio.padStart(11)}${dm}`,
  );
}
console.log(`
Targets (issue 13): at a steady 10/s and 50/s, our ack p99 within 1.5× bare Bolt's, with the entry
stored before the ack; at most 3 ms of CPU per log, including the reply, the confirmer's DM and any
Home refresh; DM p99 under 50 ms at 50/s; idle RSS within 1.5×. The reply to a log is carried
in the ack itself, so its latency is the ack's. Closed loops (c=N) measure throughput, for reference.
The floor rows (bench/floor-bolt.ts) are Bolt with one durable write before the ack, then one
read, one DM through the bot's Slack client and one commit: the least a log with a confirmer costs.
CPU ms/req is the bot process's user + system time over the requests of that row, read from /proc.`);
