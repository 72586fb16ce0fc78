/**
 * Which period a scheduled run belongs to, and whether a run is due. Pure: every function takes
 * the moment it works from, so tests pin the clock (and the clock changes) exactly.
 */
import { calendarDate, isoWeek } from "../domain/dates.ts";

const MINUTE_MS = 60_000;
/** The longest period we schedule (a week), with room for a clock change. */
const LONGEST_PERIOD_MINUTES = 8 * 24 * 60;

export type PeriodOf = (at: Date, timeZone: string) => string;

/** The weekly digest's period: the ISO week, in the society's time zone, e.g. "2026-W48". */
export const weekPeriod: PeriodOf = (at, timeZone) => isoWeek(calendarDate(at, timeZone));

/** The daily reminders' period: the calendar date in the society's time zone, e.g. "2026-11-26". */
export const dayPeriod: PeriodOf = (at, timeZone) => calendarDate(at, timeZone);

/**
 * The latest scheduled minute at or before `now` that falls in the same period as `now`, or
 * undefined when this period's run is not due yet. `isScheduled` answers for one minute.
 */
export function dueTimeInPeriod(
  isScheduled: (minute: Date) => boolean,
  periodOf: (at: Date) => string,
  now: Date,
): Date | undefined {
  const latest = Math.floor(now.getTime() / MINUTE_MS) * MINUTE_MS;
  const span = minutesBackInPeriod(periodOf, latest);
  for (let back = 0; back <= span; back++) {
    const minute = new Date(latest - back * MINUTE_MS);
    if (isScheduled(minute)) return minute;
  }
  return undefined;
}

/** How many minutes before `latest` still belong to its period (periods only move forward). */
function minutesBackInPeriod(periodOf: (at: Date) => string, latest: number): number {
  const period = periodOf(new Date(latest));
  let inside = 0;
  let outside = LONGEST_PERIOD_MINUTES + 1;
  while (outside - inside > 1) {
    const middle = Math.floor((inside + outside) / 2);
    if (periodOf(new Date(latest - middle * MINUTE_MS)) === period) inside = middle;
    else outside = middle;
  }
  return inside;
}
