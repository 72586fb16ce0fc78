import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";

export interface BenchProcess {
  child: ChildProcess;
  port: number;
  /** Resident memory in MiB, read from /proc. */
  rssMiB: () => number;
  /** CPU time the process has used so far (user + system), in ms, read from /proc. */
  cpuMs: () => number;
  stop: () => Promise<void>;
  /** What the process printed before it listened (the last 8,000 characters). */
  startOutput: string;
}

/**
 * The Node flags `npm start` gives the bot (package.json's start script, between `node` and
 * `--import tsx`), so the bench measures the bot as it is deployed.
 */
export function startScriptNodeArgs(): string[] {
  const scripts = JSON.parse(readFileSync("package.json", "utf8")).scripts as { start: string };
  const words = scripts.start.split(/\s+/);
  const end = words.indexOf("--import");
  if (words[0] !== "node" || end < 0) throw new Error(`unexpected start script: ${scripts.start}`);
  return words.slice(1, end);
}

/** Starts a TypeScript entry point as its own Node process and waits for "listening on port N". */
export async function startProcess(
  entry: string,
  env: Record<string, string>,
  options: { nodeArgs?: string[]; cwd?: string } = {},
): Promise<BenchProcess> {
  // BENCH_CPU_PROF=dir writes a V8 CPU profile of each process there when it stops.
  const profile = process.env.BENCH_CPU_PROF
    ? ["--cpu-prof", "--cpu-prof-dir", process.env.BENCH_CPU_PROF]
    : [];
  const nodeArgs = [...profile, ...(options.nodeArgs ?? []), "--import", "tsx", entry];
  const child = spawn(process.execPath, nodeArgs, {
    ...(options.cwd ? { cwd: options.cwd } : {}),
    env: { PATH: process.env.PATH ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const port = await new Promise<number>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-8_000);
      const match = /listening on port (\d+)/.exec(output);
      if (match?.[1]) resolve(Number(match[1]));
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.on("exit", (code) => reject(new Error(`${entry} exited with ${code}:\n${output}`)));
  });
  // A process that dies under load says why, instead of leaving the bench to time out.
  child.on("exit", (code, signal) => {
    if (code !== 0 && signal !== "SIGTERM") {
      process.stderr.write(`${entry} exited (${code ?? signal}):\n${output.slice(-4000)}\n`);
    }
  });
  return {
    child,
    port,
    startOutput: output,
    rssMiB: () => {
      const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
      const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
      return kib / 1024;
    },
    cpuMs: () => {
      // Fields 14 and 15 of /proc/<pid>/stat, after the command name in parentheses: utime and
      // stime in clock ticks, which Linux reports at 100 a second.
      const stat = readFileSync(`/proc/${child.pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      return (Number(fields[11]) + Number(fields[12])) * 10;
    },
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/** Samples a process's RSS while `work` runs and returns the peak. */
export async function peakRssDuring<T>(
  target: BenchProcess,
  work: () => Promise<T>,
): Promise<{ result: T; peakMiB: number }> {
  let peakMiB = target.rssMiB();
  const timer = setInterval(() => {
    peakMiB = Math.max(peakMiB, target.rssMiB());
  }, 50);
  try {
    const result = await work();
    return { result, peakMiB: Math.max(peakMiB, target.rssMiB()) };
  } finally {
    clearInterval(timer);
  }
}
