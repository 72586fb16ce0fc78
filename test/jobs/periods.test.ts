import { describe, expect, it } from "vitest";
import { idleNudgePeriod } from "../../src/domain/idle-nudges.ts";
import { cronMatcher } from "../../src/jobs/cron-matcher.ts";
import { dayPeriod, dueTimeInPeriod, weekPeriod } from "../../src/jobs/periods.ts";

const LONDON = "Europe/London";
const MONDAY_9 = cronMatcher("0 9 * * 1", LONDON);
const DAILY_10 = cronMatcher("0 10 * * *", LONDON);
const DAILY_0130 = cronMatcher("30 1 * * *", LONDON);

const dueDigest = (iso: string) =>
  dueTimeInPeriod(MONDAY_9, (at) => weekPeriod(at, LONDON), new Date(iso))?.toISOString();
const dueDaily = (matcher: (minute: Date) => boolean, iso: string) =>
  dueTimeInPeriod(matcher, (at) => dayPeriod(at, LONDON), new Date(iso))?.toISOString();

describe("the period a run belongs to, in London", () => {
  it.each([
    [
      "Sun 29 Mar 2026 00:30 GMT, before the clocks go forward",
      "2026-03-29T00:30:00Z",
      "2026-03-29",
      "2026-W13",
    ],
    [
      "Mon 30 Mar 2026 00:30 BST: already Monday and a new week in London",
      "2026-03-29T23:30:00Z",
      "2026-03-30",
      "2026-W14",
    ],
    [
      "Sun 25 Oct 2026 00:30 BST: Sunday in London while it is still Saturday in UTC",
      "2026-10-24T23:30:00Z",
      "2026-10-25",
      "2026-W43",
    ],
    [
      "Sun 25 Oct 2026 01:30 BST, the first of two 01:30s",
      "2026-10-25T00:30:00Z",
      "2026-10-25",
      "2026-W43",
    ],
    [
      "Sun 25 Oct 2026 01:30 GMT, the second 01:30",
      "2026-10-25T01:30:00Z",
      "2026-10-25",
      "2026-W43",
    ],
    ["Mon 26 Oct 2026 00:30 GMT", "2026-10-26T00:30:00Z", "2026-10-26", "2026-W44"],
    ["Mon 28 Dec 2026 00:30 GMT: ISO week 53", "2026-12-28T00:30:00Z", "2026-12-28", "2026-W53"],
  ])("%s", (_label, iso, day, week) => {
    expect(dayPeriod(new Date(iso), LONDON)).toBe(day);
    expect(weekPeriod(new Date(iso), LONDON)).toBe(week);
  });
});

describe("whether the Monday 09:00 digest is due this week", () => {
  it("is due at 09:30 BST on the Monday after the clocks go forward (08:30 UTC)", () => {
    expect(dueDigest("2026-03-30T08:30:00Z")).toBe("2026-03-30T08:00:00.000Z");
  });

  it("is not due at 08:59 BST that Monday", () => {
    expect(dueDigest("2026-03-30T07:59:00Z")).toBeUndefined();
  });

  it("is not due at 08:30 GMT on the Monday after the clocks go back, and due at 09:00 exactly", () => {
    expect(dueDigest("2026-10-26T08:30:00Z")).toBeUndefined();
    expect(dueDigest("2026-10-26T09:00:00Z")).toBe("2026-10-26T09:00:00.000Z");
  });

  it("on the Sunday of each change, points at that week's Monday run", () => {
    expect(dueDigest("2026-03-29T12:00:00Z")).toBe("2026-03-23T09:00:00.000Z");
    expect(dueDigest("2026-10-25T12:00:00Z")).toBe("2026-10-19T08:00:00.000Z");
  });

  it("is not due at 00:30 BST on Monday 30 March: a new week whose run is still ahead", () => {
    expect(dueDigest("2026-03-29T23:30:00Z")).toBeUndefined();
  });
});

describe("whether the daily 10:00 reminders are due today", () => {
  it("on the day the clocks go forward: due from 09:00 UTC (10:00 BST)", () => {
    expect(dueDaily(DAILY_10, "2026-03-29T08:59:00Z")).toBeUndefined();
    expect(dueDaily(DAILY_10, "2026-03-29T09:00:00Z")).toBe("2026-03-29T09:00:00.000Z");
  });

  it("on the day the clocks go back: not due at 09:30 GMT, due at 10:00 GMT", () => {
    expect(dueDaily(DAILY_10, "2026-10-25T09:30:00Z")).toBeUndefined();
    expect(dueDaily(DAILY_10, "2026-10-25T10:00:00Z")).toBe("2026-10-25T10:00:00.000Z");
  });

  it("a 01:30 schedule never falls on 29 March (no 01:30 that night) and falls in one day on 25 October", () => {
    expect(dueDaily(DAILY_0130, "2026-03-29T12:00:00Z")).toBeUndefined();
    // 01:30 happens twice on 25 October; both belong to the same day, so one claim covers them.
    expect(dueDaily(DAILY_0130, "2026-10-25T01:00:00Z")).toBe("2026-10-25T00:30:00.000Z");
    expect(dueDaily(DAILY_0130, "2026-10-25T12:00:00Z")).toBe("2026-10-25T01:30:00.000Z");
  });
});

describe("idle nudge periods", () => {
  it("starts after 8 full weeks, and moves on each further 8 weeks", () => {
    expect(idleNudgePeriod("2026-09-01", "2026-10-26")).toBeUndefined();
    expect(idleNudgePeriod("2026-09-01", "2026-10-27")).toBe("2026-09-01+1");
    expect(idleNudgePeriod("2026-09-01", "2026-12-21")).toBe("2026-09-01+1");
    expect(idleNudgePeriod("2026-09-01", "2026-12-22")).toBe("2026-09-01+2");
  });

  it("counts calendar days across the clock change", () => {
    expect(idleNudgePeriod("2026-02-01", "2026-03-29")).toBe("2026-02-01+1");
  });
});
