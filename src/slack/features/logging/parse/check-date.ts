import { daysInMonth, formatUkDate, isFuture, parseDateWord } from "../../../../domain/dates.ts";
import { ENTRY_LIMITS } from "../../../../domain/entry-limits.ts";
import type { Problem } from "./problems.ts";
import type { Reading } from "./words.ts";

type DateReading = Extract<Reading, { field: "date" }>;

const UK = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const SHORT_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2})$/;
const NO_YEAR = /^(\d{1,2})\/(\d{1,2})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

const pad = (n: number) => String(n).padStart(2, "0");

/** A date written as the user wrote theirs: ISO stays ISO, anything else becomes DD/MM/YYYY. */
function writeLike(typed: string, year: number, month: number, day: number): string {
  return ISO.test(typed)
    ? `${year}-${pad(month)}-${pad(day)}`
    : `${pad(day)}/${pad(month)}/${year}`;
}

/** Day, month and year as typed, whatever the order and separators; undefined when unreadable. */
function partsOf(typed: string): { day: number; month: number; year: number } | undefined {
  const iso = ISO.exec(typed);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  const uk = UK.exec(typed);
  if (uk) return { day: Number(uk[1]), month: Number(uk[2]), year: Number(uk[3]) };
  return undefined;
}

/** The latest year, at most `today`'s, in which day/month is a real date not after today. */
function pastDate(typed: string, day: number, month: number, today: string): string | undefined {
  if (month < 1 || month > 12) return undefined;
  for (let year = Number(today.slice(0, 4)); year >= Number(today.slice(0, 4)) - 4; year--) {
    if (day < 1 || day > daysInMonth(year, month)) continue;
    const iso = `${year}-${pad(month)}-${pad(day)}`;
    if (!isFuture(iso, today)) return writeLike(typed, year, month, day);
  }
  return undefined;
}

/** The nearest real date to an impossible one: day and month swapped, or the month's last day. */
function nearestRealDate(typed: string, today: string): string | undefined {
  const parts = partsOf(typed);
  if (!parts) return undefined;
  const { day, month, year } = parts;
  if (month > 12 && day <= 12) return writeLike(typed, year, day, month);
  if (month >= 1 && month <= 12 && day > daysInMonth(year, month)) {
    return writeLike(typed, year, month, daysInMonth(year, month));
  }
  return pastDate(typed, day, Math.min(12, Math.max(1, month)), today);
}

/** A real, past date ("YYYY-MM-DD") from what the user typed, or why not. */
export function checkDate(r: DateReading, today: string): string | Problem {
  const typed = r.word;
  const fixWith = (word: string | undefined, message: string): Problem =>
    word
      ? { message, fix: { at: r.at, span: 1, replacement: [word] } }
      : { message, fix: { at: r.at, span: 1, replacement: ["DD/MM/YYYY"] }, placeholder: true };
  const short = SHORT_YEAR.exec(typed);
  if (short) {
    const full = `${pad(Number(short[1]))}/${pad(Number(short[2]))}/20${short[3]}`;
    return fixWith(full, `Write the year in full: \`${typed}\` should read like \`${full}\`.`);
  }
  const noYear = NO_YEAR.exec(typed);
  if (noYear) {
    const withYear = pastDate(typed, Number(noYear[1]), Number(noYear[2]), today);
    return fixWith(withYear, `\`${typed}\` has no year: write dates as DD/MM/YYYY or YYYY-MM-DD.`);
  }
  const uk = UK.exec(typed);
  const readable = uk ? `${uk[1]}/${uk[2]}/${uk[3]}` : typed;
  const parsed = parseDateWord(readable, today);
  if (!parsed.ok) {
    const reason = parsed.reason.replace(`"${readable}"`, `\`${typed}\``);
    return fixWith(nearestRealDate(typed, today), reason);
  }
  if (isFuture(parsed.date, today)) {
    const [month, day] = [Number(parsed.date.slice(5, 7)), Number(parsed.date.slice(8, 10))];
    return fixWith(
      pastDate(typed, day, month, today),
      `\`${typed}\` is in the future: today is ${formatUkDate(today)}.`,
    );
  }
  if (parsed.date < ENTRY_LIMITS.earliestDate) {
    return fixWith(
      undefined,
      `\`${typed}\` is too far back: dates start from ${formatUkDate(ENTRY_LIMITS.earliestDate)}.`,
    );
  }
  return parsed.date;
}
