import { describe, expect, it } from "vitest";
import {
  addDays,
  calendarDate,
  daysBetween,
  formatUkDate,
  isBefore,
  isFuture,
  isIsoDate,
  isoWeek,
  parseDateWord,
} from "../../src/domain/dates.ts";

const TODAY = "2026-11-20";

describe("calendarDate", () => {
  it("gives the date in the time zone asked for", () => {
    expect(calendarDate(new Date("2026-11-20T23:30:00Z"), "Europe/London")).toBe("2026-11-20");
    expect(calendarDate(new Date("2026-11-20T23:30:00Z"), "Asia/Tokyo")).toBe("2026-11-21");
  });

  it("follows the Europe/London clock change (BST is UTC+1)", () => {
    expect(calendarDate(new Date("2026-03-28T23:30:00Z"), "Europe/London")).toBe("2026-03-28");
    expect(calendarDate(new Date("2026-03-29T00:30:00Z"), "Europe/London")).toBe("2026-03-29");
    expect(calendarDate(new Date("2026-03-29T23:30:00Z"), "Europe/London")).toBe("2026-03-30");
    expect(calendarDate(new Date("2026-10-24T23:30:00Z"), "Europe/London")).toBe("2026-10-25");
    expect(calendarDate(new Date("2026-10-25T23:30:00Z"), "Europe/London")).toBe("2026-10-25");
  });

  it("turns at midnight to the millisecond, on whole- and half-hour offsets alike", () => {
    const dates = (timeZone: string, ...instants: string[]) =>
      instants.map((instant) => calendarDate(new Date(instant), timeZone));
    expect(
      dates(
        "Europe/London",
        "2026-11-20T23:59:00Z",
        "2026-11-20T23:59:59.999Z",
        "2026-11-21T00:00:00Z",
      ),
    ).toEqual(["2026-11-20", "2026-11-20", "2026-11-21"]);
    // India is UTC+5:30: its midnight falls at half past the hour in UTC.
    expect(
      dates(
        "Asia/Kolkata",
        "2026-11-20T18:29:00Z",
        "2026-11-20T18:29:59.999Z",
        "2026-11-20T18:30:00Z",
      ),
    ).toEqual(["2026-11-20", "2026-11-20", "2026-11-21"]);
    expect(dates("Europe/London", "2026-11-21T00:00:30Z", "2026-11-20T23:59:30Z")).toEqual([
      "2026-11-21",
      "2026-11-20",
    ]);
  });
});

describe("parseDateWord", () => {
  it.each([
    ["2026-11-20", "2026-11-20"],
    ["20/11/2026", "2026-11-20"],
    ["1/3/2026", "2026-03-01"],
    ["01/03/2026", "2026-03-01"],
    ["today", TODAY],
    ["Today", TODAY],
    ["yesterday", "2026-11-19"],
    [" 29/02/2024 ", "2024-02-29"],
  ])("reads %j as %s", (word, date) => {
    expect(parseDateWord(word, TODAY)).toEqual({ ok: true, date });
  });

  it("goes back over a month and year end for yesterday", () => {
    expect(parseDateWord("yesterday", "2026-01-01")).toEqual({ ok: true, date: "2025-12-31" });
    expect(parseDateWord("yesterday", "2024-03-01")).toEqual({ ok: true, date: "2024-02-29" });
  });

  it("rejects impossible dates with a specific reason", () => {
    expect(parseDateWord("31/02/2026", TODAY)).toEqual({
      ok: false,
      reason: '"31/02/2026" is not a date: February 2026 has 28 days.',
    });
    expect(parseDateWord("29/02/2026", TODAY)).toEqual({
      ok: false,
      reason: '"29/02/2026" is not a date: February 2026 has 28 days.',
    });
    expect(parseDateWord("2026-04-31", TODAY)).toMatchObject({ ok: false });
    expect(parseDateWord("0/11/2026", TODAY)).toMatchObject({ ok: false });
    expect(parseDateWord("12/13/2026", TODAY)).toEqual({
      ok: false,
      reason: '"12/13/2026" has month 13; months run from 1 to 12.',
    });
  });

  it("rejects words that are not dates, saying what it accepts", () => {
    for (const word of ["tomorrow", "20-11-2026", "2026/11/20", "20/11/26", ""]) {
      const result = parseDateWord(word, TODAY);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toContain("YYYY-MM-DD, DD/MM/YYYY");
    }
  });

  it("leaves future dates to the caller", () => {
    expect(parseDateWord("2030-01-01", TODAY)).toEqual({ ok: true, date: "2030-01-01" });
  });
});

describe("date arithmetic", () => {
  it("adds days across months, leap days and years", () => {
    expect(addDays("2026-11-20", 11)).toBe("2026-12-01");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2026-02-28", 1)).toBe("2026-03-01");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
    expect(addDays("2026-03-28", 2)).toBe("2026-03-30");
  });

  it("counts days between dates, signed", () => {
    expect(daysBetween("2026-11-20", "2026-11-27")).toBe(7);
    expect(daysBetween("2026-11-27", "2026-11-20")).toBe(-7);
    expect(daysBetween("2026-03-01", "2026-04-01")).toBe(31);
    expect(daysBetween("2024-01-01", "2025-01-01")).toBe(366);
  });

  it("refuses a malformed date", () => {
    expect(() => addDays("20/11/2026", 1)).toThrow(RangeError);
    expect(() => daysBetween("2026-02-30", "2026-03-01")).toThrow(RangeError);
  });

  it("knows real dates", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2026-02-29")).toBe(false);
    expect(isIsoDate("2026-1-5")).toBe(false);
  });
});

describe("isoWeek", () => {
  it.each([
    ["2026-11-23", "2026-W48"],
    ["2026-11-29", "2026-W48"],
    ["2026-11-30", "2026-W49"],
    ["2026-01-01", "2026-W01"],
    ["2027-01-01", "2026-W53"],
    ["2024-12-30", "2025-W01"],
    ["2021-01-03", "2020-W53"],
  ])("puts %s in %s", (date, week) => {
    expect(isoWeek(date)).toBe(week);
  });
});

describe("comparisons and formatting", () => {
  it("tells future and earlier dates", () => {
    expect(isFuture("2026-11-21", TODAY)).toBe(true);
    expect(isFuture(TODAY, TODAY)).toBe(false);
    expect(isFuture("2026-11-19", TODAY)).toBe(false);
    expect(isBefore("1949-12-31", "1950-01-01")).toBe(true);
    expect(isBefore("1950-01-01", "1950-01-01")).toBe(false);
  });

  it("formats dates the UK way", () => {
    expect(formatUkDate("2026-11-20")).toBe("20 Nov 2026");
    expect(formatUkDate("2026-03-01")).toBe("1 Mar 2026");
  });
});
