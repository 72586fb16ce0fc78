import http from "node:http";
import { slackSignature } from "../src/dev/emulator/index.ts";

export interface LoadResult {
  requests: number;
  failures: number;
  seconds: number;
  latenciesMs: number[];
}

export interface Target {
  port: number;
  signingSecret: string;
}

/** Keep-alive connections, opened afresh for each load: an idle one may have been closed by the server meanwhile. */
let agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
function freshConnections(): void {
  agent.destroy();
  agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
}

/** One signed POST to /slack/events; resolves with the status and the time to the full response. */
function post(target: Target, body: string): Promise<{ status: number; ms: number }> {
  const timestamp = Math.floor(Date.now() / 1000);
  const started = process.hrtime.bigint();
  return new Promise((resolve) => {
    const request = http.request(
      {
        host: "127.0.0.1",
        port: target.port,
        path: "/slack/events",
        method: "POST",
        agent,
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          "content-length": Buffer.byteLength(body),
          "x-slack-request-timestamp": String(timestamp),
          "x-slack-signature": slackSignature(target.signingSecret, timestamp, body),
        },
      },
      (response) => {
        response.resume();
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            ms: Number(process.hrtime.bigint() - started) / 1e6,
          }),
        );
      },
    );
    // A reset connection counts as a failed request, not the end of the bench.
    request.on("error", () => resolve({ status: 0, ms: Number.NaN }));
    request.end(body);
  });
}

/** Sends `total` requests with `concurrency` in flight; `bodyFor(i)` builds request i. */
export async function runLoad(
  target: Target,
  concurrency: number,
  total: number,
  bodyFor: (i: number) => string,
): Promise<LoadResult> {
  freshConnections();
  const latenciesMs: number[] = [];
  let failures = 0;
  let next = 0;
  const started = process.hrtime.bigint();
  const worker = async () => {
    while (next < total) {
      const i = next++;
      const { status, ms } = await post(target, bodyFor(i));
      if (status === 200) latenciesMs.push(ms);
      else failures++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { requests: total, failures, seconds, latenciesMs };
}

/**
 * Open-loop load: `total` requests at a steady `perSecond`, each sent on time whether or not the
 * ones before have been answered, as people's commands arrive.
 */
export async function runAtRate(
  target: Target,
  perSecond: number,
  total: number,
  bodyFor: (i: number) => string,
): Promise<LoadResult> {
  freshConnections();
  const latenciesMs: number[] = [];
  let failures = 0;
  const started = process.hrtime.bigint();
  const sends: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const dueMs = (i * 1000) / perSecond;
    const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
    if (dueMs > elapsedMs) await new Promise((resolve) => setTimeout(resolve, dueMs - elapsedMs));
    sends.push(
      post(target, bodyFor(i)).then(({ status, ms }) => {
        if (status === 200) latenciesMs.push(ms);
        else failures++;
      }),
    );
  }
  await Promise.all(sends);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { requests: total, failures, seconds, latenciesMs };
}

export function percentile(sortedMs: readonly number[], p: number): number {
  if (sortedMs.length === 0) return Number.NaN;
  const index = Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1);
  return sortedMs[Math.max(0, index)] ?? Number.NaN;
}
