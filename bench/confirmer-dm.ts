import type { SlackEmulator } from "../src/dev/emulator/index.ts";

/** The confirmer's DM, as drawn: "<@trainee> asks you to confirm N sessions." */
const ASKS = /<@(U[A-Z0-9]+)> asks you to confirm (\d+) session/;

/**
 * When each log's confirmation DM arrived. A trainee's k-th log (counted from the start of the
 * run) has arrived once the confirmer's DM for that trainee, posted or updated, counts at least
 * k sessions. One DM per trainee carries every undecided entry, and nothing is decided during
 * the bench, so the count only grows.
 */
export function createDmClock(emulator: SlackEmulator, confirmerUserId: string) {
  /** Send times of each trainee's logs, in order. */
  const sent = new Map<string, number[]>();
  const channel = emulator.dmChannelFor(confirmerUserId);
  return {
    /** Forgets every log sent: the next app's DMs count its own logs from the first. */
    reset(): void {
      sent.clear();
    },
    logged(traineeUserId: string, at: number): void {
      const times = sent.get(traineeUserId) ?? [];
      times.push(at);
      sent.set(traineeUserId, times);
    },
    /** Milliseconds from each log sent since `sinceMs` to its DM, and how many never arrived. */
    latencies(sinceMs: number): { ms: number[]; missing: number } {
      const counted = new Map<string, { count: number; at: number }[]>();
      for (const call of emulator.calls) {
        if (call.method !== "chat.postMessage" && call.method !== "chat.update") continue;
        if (call.args.channel !== channel || call.response.ok !== true) continue;
        const match = ASKS.exec(String(call.args.text ?? ""));
        if (!match?.[1]) continue;
        const draws = counted.get(match[1]) ?? [];
        draws.push({ count: Number(match[2]), at: call.at });
        counted.set(match[1], draws);
      }
      const ms: number[] = [];
      let missing = 0;
      for (const [trainee, times] of sent) {
        const draws = counted.get(trainee) ?? [];
        times.forEach((at, index) => {
          if (at < sinceMs) return;
          const arrived = draws.find((draw) => draw.count >= index + 1 && draw.at >= at);
          if (arrived) ms.push(arrived.at - at);
          else missing++;
        });
      }
      return { ms, missing };
    },
  };
}
