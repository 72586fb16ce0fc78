import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { newKeyBase64 } from "../src/db/encryption/keyring.ts";
import { startSlackEmulator } from "../src/dev/emulator/index.ts";
import { type LoadResult, percentile, runAtRate, runLoad, type Target } from "./load.ts";
import { type BenchProcess, peakRssDuring, startProcess } from "./processes.ts";

// The ack benchmark: our bot and a bare Bolt app, each in its own process on loopback, under
// the same signed slash-command load. Figures are printed; nothing here is a pass/fail test.

const SECRET = "bench-signing-secret-0123456789";
/** Commands come from a pool of trainees, as they would in a society, not all from one person. */
const TRAINEES = Array.from({ length: 50 }, (_, i) => `U0BENCH${String(i).padStart(2, "0")}`);
const CONCURRENCY = [1, 10, 50];
/** Besides the closed loops, a steady stream of this many commands a second. */
const STEADY_PER_SECOND = 10;
const STEADY_REQUESTS = 200;
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2000);
const WARMUP = 200;

const emulator = await startSlackEmulator({
  workspace: { users: TRAINEES.map((id) => ({ id, name: id.toLowerCase() })) },
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
  LOG_LEVEL: "info",
  DATA_ENCRYPTION_KEY: newKeyBase64(),
};

let sequence = 0;
/** When each command was sent, by its response_url, to time the reply that follows the ack. */
const sentAt = new Map<string, number>();
const commandBody = (text: string) => {
  const trainee = TRAINEES[sequence % TRAINEES.length] ?? "";
  const responseUrl = emulator.issueResponseUrl({
    userId: trainee,
    channelId: emulator.dmChannelFor(trainee),
  });
  sentAt.set(responseUrl.split("/").at(-1) ?? "", Date.now());
  return new URLSearchParams({
    token: "verification-token",
    team_id: emulator.workspace.teamId,
    team_domain: emulator.workspace.teamDomain,
    channel_id: emulator.dmChannelFor(trainee),
    channel_name: "directmessage",
    user_id: trainee,
    user_name: trainee.toLowerCase(),
    command: "/balint",
    text,
    api_app_id: emulator.workspace.appId,
    is_enterprise_install: "false",
    response_url: responseUrl,
    // Unique per request, as Slack's are: the bot drops repeated deliveries.
    trigger_id: `bench.${process.pid}.${++sequence}`,
  }).toString();
};

/** Reply latency: from sending a command to its response_url post arriving (the log reply). */
async function replyLatencies(fromPost: number): Promise<number[]> {
  const deadline = Date.now() + 60_000;
  const expected = () => emulator.responseUrlPosts.length - fromPost;
  let last = -1;
  while (Date.now() < deadline && expected() !== last) {
    last = expected();
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return emulator.responseUrlPosts
    .slice(fromPost)
    .map((post) => post.at - (sentAt.get(post.id) ?? post.at));
}

interface Row {
  scenario: string;
  /** p99 of the time until the reply arrives through the response_url, when there is one. */
  replyP99?: number;
  app: string;
  /** "c=10": that many requests in flight; "10/s": a steady rate. */
  load: string;
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  failures: number;
  peakMiB: number;
}

async function measure(
  app: string,
  target: BenchProcess,
  scenario: string,
  text: string,
): Promise<Row[]> {
  const endpoint: Target = { port: target.port, signingSecret: SECRET };
  await runLoad(endpoint, 10, WARMUP, () => commandBody(text));
  await replyLatencies(emulator.responseUrlPosts.length); // let the warm-up's replies land
  const rows: Row[] = [];
  const loads: [string, () => Promise<LoadResult>][] = [
    ...CONCURRENCY.map((c): [string, () => Promise<LoadResult>] => [
      `c=${c}`,
      () =>
        runLoad(endpoint, c, c === 1 ? Math.min(REQUESTS, 1000) : REQUESTS, () =>
          commandBody(text),
        ),
    ]),
    [
      `${STEADY_PER_SECOND}/s`,
      () => runAtRate(endpoint, STEADY_PER_SECOND, STEADY_REQUESTS, () => commandBody(text)),
    ],
  ];
  for (const [load, run] of loads) {
    const postsBefore = emulator.responseUrlPosts.length;
    const { result, peakMiB } = await peakRssDuring(target, run);
    const sorted = [...result.latenciesMs].sort((a, b) => a - b);
    const replies = (await replyLatencies(postsBefore)).sort((a, b) => a - b);
    rows.push({
      ...(replies.length > 0 ? { replyP99: percentile(replies, 99) } : {}),
      scenario,
      app,
      load,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      rps: result.requests / result.seconds,
      failures: result.failures,
      peakMiB,
    });
  }
  return rows;
}

const ours = await startProcess("src/main.ts", env);
const bare = await startProcess("bench/bare-bolt.ts", env);
const idle = { ours: ours.rssMiB(), bare: bare.rssMiB() };

const SCENARIOS = [
  ["help", "help"],
  ["log (a database write)", "log group 1 today"],
] as const;
// BENCH_ONLY=help (or log) runs one scenario.
const only = process.env.BENCH_ONLY;
const rows: Row[] = [];
for (const [scenario, text] of SCENARIOS.filter(([name]) => !only || name.startsWith(only))) {
  rows.push(...(await measure("bare Bolt", bare, scenario, text)));
  rows.push(...(await measure("Balint Pathway", ours, scenario, text)));
}
await Promise.all([ours.stop(), bare.stop()]);
await emulator.close();
rmSync(dataDir, { recursive: true, force: true });

const ms = (n: number) => n.toFixed(2).padStart(7);
console.log(
  `\nAck latency, signed slash commands over loopback HTTP (${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, Node ${process.version})`,
);
console.log(
  `Idle RSS: Balint Pathway ${idle.ours.toFixed(0)} MiB, bare Bolt ${idle.bare.toFixed(0)} MiB\n`,
);
console.log(
  "scenario                 app              load   p50 ms   p95 ms   p99 ms    req/s  fail  peak RSS MiB  p99 vs bare  reply p99 ms",
);
for (const row of rows) {
  const baseline = rows.find(
    (r) => r.app === "bare Bolt" && r.scenario === row.scenario && r.load === row.load,
  );
  const ratio =
    row.app === "bare Bolt" || !baseline ? "" : `${(row.p99 / baseline.p99).toFixed(2)}×`;
  console.log(
    `${row.scenario.padEnd(24)} ${row.app.padEnd(16)} ${row.load.padStart(4)} ${ms(row.p50)}  ${ms(row.p95)}  ${ms(row.p99)}  ${row.rps.toFixed(0).padStart(7)}  ${String(row.failures).padStart(4)}  ${row.peakMiB.toFixed(0).padStart(12)}  ${ratio.padStart(11)}  ${row.replyP99 === undefined ? "" : ms(row.replyP99)}`,
  );
}
console.log(
  "\nTarget: our p99 ack within 1.5× bare Bolt's. Each log writes one entry (bare Bolt only acks);",
);
console.log(
  "the bot acks a good log line at once and replies through the response_url: 'reply p99' is when that reply arrived.",
);
