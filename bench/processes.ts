import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";

export interface BenchProcess {
  child: ChildProcess;
  port: number;
  /** Resident memory in MiB, read from /proc. */
  rssMiB: () => number;
  stop: () => Promise<void>;
}

/** Starts a TypeScript entry point as its own Node process and waits for "listening on port N". */
export async function startProcess(
  entry: string,
  env: Record<string, string>,
): Promise<BenchProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", entry], {
    env: { PATH: process.env.PATH ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const port = await new Promise<number>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on port (\d+)/.exec(output);
      if (match?.[1]) resolve(Number(match[1]));
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.on("exit", (code) => reject(new Error(`${entry} exited with ${code}:\n${output}`)));
  });
  return {
    child,
    port,
    rssMiB: () => {
      const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
      const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
      return kib / 1024;
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
