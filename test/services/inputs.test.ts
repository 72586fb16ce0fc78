import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "../../src/domain/app-error.ts";
import {
  calendarDateInput,
  countInput,
  noteInput,
  parseInput,
  supervisionHoursInput,
  todayFor,
} from "../../src/services/inputs.ts";

function messageFor(schema: z.ZodType, input: unknown): string {
  try {
    parseInput(schema, input);
  } catch (error) {
    if (error instanceof AppError && error.code === "INVALID_INPUT") return error.userMessage;
    throw error;
  }
  throw new Error("expected a rejection");
}

describe("todayFor", () => {
  it("reads today in the society's time zone, not in UTC", () => {
    const lateJune = new Date("2026-06-30T23:30:00Z"); // 00:30 on 1 July in London (BST)
    expect(todayFor({ now: lateJune, timeZone: "Europe/London" })).toBe("2026-07-01");
    expect(todayFor({ now: lateJune, timeZone: "UTC" })).toBe("2026-06-30");
  });
});

describe("calendarDateInput", () => {
  const date = calendarDateInput("2026-11-26", "The session date");

  it("accepts today, the past and 1950-01-01", () => {
    expect(parseInput(date, "2026-11-26")).toBe("2026-11-26");
    expect(parseInput(date, " 2020-02-29 ")).toBe("2020-02-29");
    expect(parseInput(date, "1950-01-01")).toBe("1950-01-01");
  });

  it("refuses a future date, naming today", () => {
    expect(messageFor(date, "2026-11-27")).toBe(
      "The session date 2026-11-27 is in the future: today is 2026-11-26.",
    );
  });

  it("refuses dates before 1950", () => {
    expect(messageFor(date, "1949-12-31")).toMatch(
      /too far back: it must be on or after 1950-01-01/,
    );
  });

  it("refuses impossible dates and other formats", () => {
    expect(messageFor(date, "2026-02-30")).toBe(
      'The session date "2026-02-30" is not a real date.',
    );
    expect(messageFor(date, "26/11/2026")).toMatch(/must be written as YYYY-MM-DD/);
    expect(messageFor(date, undefined)).toBe("The session date is missing.");
  });
});

describe("countInput", () => {
  it("takes whole numbers from 1 to 50", () => {
    expect(parseInput(countInput, 1)).toBe(1);
    expect(parseInput(countInput, 50)).toBe(50);
  });

  it.each([
    [0, "The number of sessions must be at least 1."],
    [-1, "The number of sessions must be at least 1."],
    [51, "The number of sessions can be at most 50 in one entry."],
    [1.5, "The number of sessions must be a whole number, e.g. 2."],
    ["2", "The number of sessions must be a number."],
  ])("refuses %s", (value, message) => {
    expect(messageFor(countInput, value)).toBe(message);
  });
});

describe("supervisionHoursInput", () => {
  it("takes quarter hours from 0.25 to 12", () => {
    for (const hours of [0.25, 0.75, 1.5, 12])
      expect(parseInput(supervisionHoursInput, hours)).toBe(hours);
  });

  it.each([
    [0.2, "Supervision hours must be at least 0.25 (a quarter of an hour)."],
    [12.5, "Supervision hours can be at most 12 in one entry."],
    [1.3, "Supervision hours go in quarter hours, e.g. 0.75, 1 or 1.5."],
  ])("refuses %s", (value, message) => {
    expect(messageFor(supervisionHoursInput, value)).toBe(message);
  });
});

describe("noteInput", () => {
  it("trims, and treats a blank note as none", () => {
    expect(parseInput(noteInput, "  felt stuck at the start  ")).toBe("felt stuck at the start");
    expect(parseInput(noteInput, "   ")).toBeNull();
    expect(parseInput(noteInput, undefined)).toBeNull();
  });

  it("refuses more than 1000 characters, without echoing the note", () => {
    const note = "x".repeat(1001);
    const message = messageFor(noteInput, note);
    expect(message).toBe("The note is too long: keep it to 1000 characters or fewer.");
    expect(parseInput(noteInput, `  ${"y".repeat(1000)}  `)).toHaveLength(1000);
  });
});

describe("parseInput", () => {
  it("lists every problem in plain English", () => {
    const schema = z.object({ count: countInput, hours: supervisionHoursInput });
    expect(messageFor(schema, { count: 0, hours: 0.2 })).toBe(
      "Please fix these:\n• The number of sessions must be at least 1.\n• Supervision hours must be at least 0.25 (a quarter of an hour).",
    );
  });

  it("keeps the input out of the error's details", () => {
    const schema = z.object({ note: noteInput });
    try {
      parseInput(schema, { note: "the group felt stuck ".repeat(100) });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect(JSON.stringify((error as AppError).details)).not.toContain("stuck");
      expect((error as AppError).message).not.toContain("stuck");
    }
  });

  it("refuses patient details in a note, quoting only the fragment to the person who typed it", () => {
    const schema = z.object({ note: noteInput });
    try {
      parseInput(schema, { note: "We discussed Mrs Patel at length" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).userMessage).toMatch(/^“Mrs Patel” looks like a patient's name/);
      expect((error as AppError).details).toEqual({ fields: ["note"] });
    }
  });
});
