/**
 * Calendar dates as "YYYY-MM-DD" strings. Pure: every function takes the moment or the day
 * it works from, so callers (and tests) decide what "now" is.
 */

export type DateParseResult = { ok: true; date: string } | { ok: false; reason: string };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const UK_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const DAY_MS = 86_400_000;

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? `month ${month}`;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

function toIso(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Why year/month/day is not a real date, or undefined when it is one. */
function impossibleDateReason(
  year: number,
  month: number,
  day: number,
  typed: string,
): string | undefined {
  if (month < 1 || month > 12) return `"${typed}" has month ${month}; months run from 1 to 12.`;
  const lastDay = daysInMonth(year, month);
  if (day < 1 || day > lastDay) {
    return `"${typed}" is not a date: ${monthName(month)} ${year} has ${lastDay} days.`;
  }
  return undefined;
}

function splitIso(date: string): [year: number, month: number, day: number] {
  const match = ISO_DATE.exec(date);
  if (!match || impossibleDateReason(Number(match[1]), Number(match[2]), Number(match[3]), date)) {
    throw new RangeError(`Expected a calendar date as YYYY-MM-DD, got "${date}"`);
  }
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function utcMidnight(date: string): number {
  const [year, month, day] = splitIso(date);
  const moment = new Date(0);
  moment.setUTCFullYear(year, month - 1, day); // unlike Date.UTC, keeps years below 100 as typed
  return moment.getTime();
}

function fromUtcMidnight(ms: number): string {
  const d = new Date(ms);
  return toIso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** True for a real calendar date written as "YYYY-MM-DD". */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  return !impossibleDateReason(Number(match[1]), Number(match[2]), Number(match[3]), value);
}

/** One formatter per time zone: building one costs far more than using it. */
const dayFormatters = new Map<string, Intl.DateTimeFormat>();

function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = dayFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
    dayFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * The last date worked out in each time zone, with its UTC minute: every offset is whole
 * minutes, so a date holds for a whole minute, and a request asks for today several times.
 */
const lastDates = new Map<string, { minute: number; date: string }>();

/** The calendar date ("YYYY-MM-DD") of `now` as seen in `timeZone`, e.g. "Europe/London". */
export function calendarDate(now: Date, timeZone: string): string {
  const minute = Math.floor(now.getTime() / 60_000);
  const last = lastDates.get(timeZone);
  if (last?.minute === minute) return last.date;
  const parts = dayFormatter(timeZone).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value);
  const date = toIso(part("year"), part("month"), part("day"));
  lastDates.set(timeZone, { minute, date });
  return date;
}

/**
 * Reads a date as users type it: "YYYY-MM-DD", "DD/MM/YYYY" (or "D/M/YYYY"), "today" or
 * "yesterday", relative to `today` ("YYYY-MM-DD"). Future and very old dates are the
 * caller's to judge.
 */
export function parseDateWord(word: string, today: string): DateParseResult {
  const typed = word.trim();
  const lower = typed.toLowerCase();
  if (lower === "today") return { ok: true, date: fromUtcMidnight(utcMidnight(today)) };
  if (lower === "yesterday") return { ok: true, date: addDays(today, -1) };

  const iso = ISO_DATE.exec(typed);
  const uk = UK_DATE.exec(typed);
  let year: number;
  let month: number;
  let day: number;
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (uk) {
    [day, month, year] = [Number(uk[1]), Number(uk[2]), Number(uk[3])];
  } else {
    return {
      ok: false,
      reason: `"${typed}" is not a date I can read; use YYYY-MM-DD, DD/MM/YYYY, "today" or "yesterday".`,
    };
  }
  const reason = impossibleDateReason(year, month, day, typed);
  if (reason) return { ok: false, reason };
  return { ok: true, date: toIso(year, month, day) };
}

/** The date `days` days after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  return fromUtcMidnight(utcMidnight(date) + days * DAY_MS);
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}

/** The ISO 8601 week holding `date`, e.g. "2026-W48"; weeks start on Monday. */
export function isoWeek(date: string): string {
  const midnight = utcMidnight(date);
  const weekday = new Date(midnight).getUTCDay() || 7; // Monday 1 … Sunday 7
  const thursday = fromUtcMidnight(midnight + (4 - weekday) * DAY_MS);
  const weekYear = Number(thursday.slice(0, 4));
  const week = Math.floor(daysBetween(toIso(weekYear, 1, 1), thursday) / 7) + 1;
  return `${weekYear}-W${pad(week)}`;
}

/** True when `date` is after `today`. */
export function isFuture(date: string, today: string): boolean {
  return utcMidnight(date) > utcMidnight(today);
}

/** True when `date` is before `other`. */
export function isBefore(date: string, other: string): boolean {
  return utcMidnight(date) < utcMidnight(other);
}

/** A date as people in the UK write it: "20 Nov 2026". */
export function formatUkDate(date: string): string {
  const [year, month, day] = splitIso(date);
  return `${day} ${monthName(month).slice(0, 3)} ${year}`;
}

/**
 * Whole months from `from` to `to`: 0 within the first month, 1 from the same day of the next
 * month, and so on (negative when `to` is earlier).
 */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = splitIso(from);
  const [ty, tm, td] = splitIso(to);
  const months = (ty - fy) * 12 + (tm - fm);
  if (months > 0 && td < fd) return months - 1;
  if (months < 0 && td > fd) return months + 1;
  return months;
}

/** The date `months` months after `date`, on the last day of the month when it is shorter. */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = splitIso(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return toIso(y, m, Math.min(day, daysInMonth(y, m)));
}
