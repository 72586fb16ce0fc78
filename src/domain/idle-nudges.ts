import { daysBetween } from "./dates.ts";

/** Trainees get a nudge after this many days with nothing logged, and again after each such stretch. */
export const IDLE_NUDGE_DAYS = 56;

/**
 * The nudge period of a trainee idle since `idleSince` ("YYYY-MM-DD"), judged on `today`: one
 * period per full 8 weeks of silence, e.g. "2026-09-01+1", or undefined before the first 8 weeks.
 */
export function idleNudgePeriod(idleSince: string, today: string): string | undefined {
  const stretches = Math.floor(daysBetween(idleSince, today) / IDLE_NUDGE_DAYS);
  return stretches >= 1 ? `${idleSince}+${stretches}` : undefined;
}
