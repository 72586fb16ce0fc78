import { type ChildProcess, spawn } from "node:child_process";
import { CHANNELS } from "./cast.ts";
import { TEST_DATA_KEY } from "./keys.ts";

export const PROCESS_SECRET = "startup-signing-secret-123";

export interface BotProcess {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** `npm start`'s command, as its own process with exactly this environment (in `cwd`, if given). */
export function startMain(env: Record<string, string>, cwd?: string): BotProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd,
    env: { PATH: process.env.PATH ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

export async function waitForOutput(
  started: BotProcess,
  pattern: RegExp,
  timeoutMs = 30_000,
): Promise<RegExpMatchArray> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const match = started.output().match(pattern);
    if (match) return match;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`No ${pattern} in output:\n${started.output()}`);
}

/** A real bot process's environment against the emulator at `apiUrl`. */
export function botEnv(
  apiUrl: string,
  databaseUrl: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    SLACK_BOT_TOKEN: "xoxb-test",
    SLACK_SIGNING_SECRET: PROCESS_SECRET,
    SLACK_API_URL: apiUrl,
    PORT: "0",
    DATABASE_URL: databaseUrl,
    LEADERSHIP_CHANNEL_ID: CHANNELS.leadership.id,
    SUBCOMMITTEE_CHANNEL_ID: CHANNELS.subcommittee.id,
    DATA_ENCRYPTION_KEY: TEST_DATA_KEY,
    ...extra,
  };
}

/** Starts a bot process and waits until it listens; returns it with its port. */
export async function startListening(env: Record<string, string>, timeoutMs?: number) {
  const bot = startMain(env);
  const [, port] = await waitForOutput(bot, /listening on port (\d+)/, timeoutMs);
  return { bot, port: Number(port) };
}
