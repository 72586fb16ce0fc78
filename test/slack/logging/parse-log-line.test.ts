import { describe, expect, it } from "vitest";
import { familyQuestions } from "../../../src/domain/entry-questions.ts";
import { ABS_2014 } from "../../../src/domain/rulesets/abs-2014.ts";
import { BSANZ_2021_06 } from "../../../src/domain/rulesets/bsanz-2021-06.ts";
import {
  type LogLineResult,
  type ParsedLogLine,
  parseLogLine,
} from "../../../src/slack/features/logging/parse/parse-log-line.ts";

/** Thursday 26 November 2026 in London; the trainee is U0TRAINEE. */
const CONTEXT = { today: "2026-11-26", userId: "U0TRAINEE", command: "/balint" };
const AHMED = "<@U0LEADER1|dr.ahmed>";

function parsed(line: string): ParsedLogLine {
  const result = parseLogLine(line, CONTEXT);
  if (!result.ok) throw new Error(`expected "${line}" to parse, got: ${result.message}`);
  return result.entry;
}

function refused(line: string): Extract<LogLineResult, { ok: false }> {
  const result = parseLogLine(line, CONTEXT);
  if (result.ok) throw new Error(`expected "${line}" to be refused, got ${JSON.stringify(result)}`);
  return result;
}

const DEFAULTS = {
  occurredOn: "2026-11-26",
  count: 1,
  groupSessions: null,
  caseDiscussions: null,
  recorded: null,
  provider: null,
  approvedInAdvance: null,
  faceToFace: null,
  hours: null,
  mode: null,
  format: null,
  counterpart: null,
  note: null,
};

describe("parseLogLine: the examples users are shown", () => {
  it("reads a co-led line with a UK date and an escaped mention", () => {
    expect(parsed(`coled 2 20/11/2026 with ${AHMED}`)).toEqual({
      ...DEFAULTS,
      kind: "coled",
      occurredOn: "2026-11-20",
      count: 2,
      counterpart: { userId: "U0LEADER1", name: "dr.ahmed" },
    });
  });

  it("reads supervision with hours and mode", () => {
    expect(parsed(`supervision 1.5h video with ${AHMED}`)).toEqual({
      ...DEFAULTS,
      kind: "supervision",
      hours: 1.5,
      mode: "video",
      counterpart: { userId: "U0LEADER1", name: "dr.ahmed" },
    });
  });

  it("reads a weekend with an ISO date", () => {
    expect(parsed("weekend 2026-03-14")).toEqual({
      ...DEFAULTS,
      kind: "weekend_member",
      occurredOn: "2026-03-14",
    });
  });

  it("reads group sessions yesterday", () => {
    expect(parsed("group 3 yesterday")).toEqual({
      ...DEFAULTS,
      kind: "group_member",
      occurredOn: "2026-11-25",
      count: 3,
    });
  });

  it("keeps a trailing note exactly as typed", () => {
    expect(parsed("group today Felt the group was  stuck on…")).toEqual({
      ...DEFAULTS,
      kind: "group_member",
      note: "Felt the group was  stuck on…",
    });
  });
});

describe("parseLogLine: kinds", () => {
  it.each([
    ["group", "group_member"],
    ["member", "group_member"],
    ["weekend", "weekend_member"],
    ["coled", "coled"],
    ["co-led", "coled"],
    ["CoLead", "coled"],
    ["led", "led_supervised"],
    ["course", "leadership_course"],
    ["trainingday", "training_day"],
    ["day", "training_day"],
    ["peer", "peer_workshop"],
    ["workshop", "peer_workshop"],
  ])("accepts the alias %s", (word, kind) => {
    expect(parsed(word).kind).toBe(kind);
  });

  it("accepts supervision's aliases (with its hours)", () => {
    for (const word of ["supervision", "super", "sup"]) {
      expect(parsed(`${word} 1h`).kind).toBe("supervision");
    }
  });

  it("suggests the nearest kind, with the rest of the line corrected around it", () => {
    const result = refused(`coleed 2 20/11/2026 with ${AHMED}`);
    expect(result.message).toBe(
      "I don't know the kind `coleed`. Did you mean `/balint log coled 2 20/11/2026 with @dr.ahmed`?",
    );
    expect(result.suggestion).toBe("/balint log coled 2 20/11/2026 with @dr.ahmed");
  });

  it.each([
    ["grup 3", "/balint log group 3"],
    ["weekedn 2026-03-14", "/balint log weekend 2026-03-14"],
    ["supervison 1h", "/balint log supervision 1h"],
    ["trai", "/balint log trainingday"],
  ])("corrects %s", (line, suggestion) => {
    expect(refused(line).suggestion).toBe(suggestion);
  });

  it("lists the kinds when nothing is close", () => {
    const result = refused("xyzzy 3");
    expect(result.message).toBe(
      "I don't know the kind `xyzzy`: use group, weekend, coled, led, course, trainingday, supervision or peer. Try `/balint log <kind> 3`",
    );
  });

  it("asks for the kind first when the line starts with the details", () => {
    expect(refused("3 yesterday").message).toBe(
      "Start with what you did: group, weekend, coled, led, course, trainingday, supervision or peer. Try `/balint log <kind> 3 yesterday`",
    );
    expect(refused(`with ${AHMED}`).suggestion).toBe("/balint log <kind> with @dr.ahmed");
  });
});

describe("parseLogLine: counts", () => {
  it("defaults to 1 and accepts up to 50", () => {
    expect(parsed("group").count).toBe(1);
    expect(parsed("group 50").count).toBe(50);
  });

  it.each([
    [
      "group 0 yesterday",
      "You can't log 0 sessions: log 1 to 50.",
      "/balint log group 1 yesterday",
    ],
    [
      "group -3 yesterday",
      "The number of sessions can't be negative (`-3`).",
      "/balint log group 3 yesterday",
    ],
    [
      "group 60",
      "`60` is more than 50 sessions: one entry holds at most 50, so log the rest as another entry.",
      "/balint log group 50",
    ],
    [
      "group two yesterday",
      "`two` is not a number of sessions: write it in figures, e.g. `2`.",
      "/balint log group 2 yesterday",
    ],
    [
      "weekend 3x",
      "`3x` is not a number of weekends: write it in figures, e.g. `3`.",
      "/balint log weekend 3",
    ],
    [
      "group 2.5",
      "The number of sessions must be a whole number, not `2.5`.",
      "/balint log group 2",
    ],
  ])("refuses %s", (line, problem, suggestion) => {
    const result = refused(line);
    expect(result.message).toBe(`${problem} Did you mean \`${suggestion}\`?`);
    expect(result.suggestion).toBe(suggestion);
  });
});

describe("parseLogLine: dates", () => {
  it.each([
    ["group 2026-11-20", "2026-11-20"],
    ["group 20/11/2026", "2026-11-20"],
    ["group 1/3/2026", "2026-03-01"],
    ["group 20.11.2026", "2026-11-20"],
    ["group 20-11-2026", "2026-11-20"],
    ["group today", "2026-11-26"],
    ["group Yesterday", "2026-11-25"],
    ["group on 20/11/2026", "2026-11-20"],
    ["group 2024-02-29", "2024-02-29"],
  ])("reads %s", (line, date) => {
    expect(parsed(line).occurredOn).toBe(date);
  });

  it.each([
    [
      "group 3 31/02/2026",
      "`31/02/2026` is not a date: February 2026 has 28 days.",
      "/balint log group 3 28/02/2026",
    ],
    [
      "group 11/20/2026",
      "`11/20/2026` has month 20; months run from 1 to 12.",
      "/balint log group 20/11/2026",
    ],
    [
      "group 2026-13-01",
      "`2026-13-01` has month 13; months run from 1 to 12.",
      "/balint log group 2026-01-13",
    ],
    [
      `coled 2 20/11/2027 with ${AHMED}`,
      "`20/11/2027` is in the future: today is 26 Nov 2026.",
      "/balint log coled 2 20/11/2026 with @dr.ahmed",
    ],
    [
      "group 2026-12-01",
      "`2026-12-01` is in the future: today is 26 Nov 2026.",
      "/balint log group 2025-12-01",
    ],
    [
      "group 20/11",
      "`20/11` has no year: write dates as DD/MM/YYYY or YYYY-MM-DD.",
      "/balint log group 20/11/2026",
    ],
    [
      "group 20/11/26",
      "Write the year in full: `20/11/26` should read like `20/11/2026`.",
      "/balint log group 20/11/2026",
    ],
  ])("refuses %s", (line, problem, suggestion) => {
    expect(refused(line).message).toBe(`${problem} Did you mean \`${suggestion}\`?`);
  });

  it("refuses a date before 1950 with a placeholder to fill in", () => {
    expect(refused("group 1949-12-31").message).toBe(
      "`1949-12-31` is too far back: dates start from 1 Jan 1950. Try `/balint log group DD/MM/YYYY`",
    );
  });
});

describe("parseLogLine: supervision", () => {
  it.each([
    ["supervision 1.5h", 1.5],
    ["supervision 2 hours", 2],
    ["supervision 1.5 hrs", 1.5],
    ["supervision 90m", 1.5],
    ["supervision 45 mins", 0.75],
    ["supervision 1h30", 1.5],
    ["supervision 0.25h", 0.25],
    ["supervision 12h", 12],
    ["supervision for 1h", 1],
  ])("reads the hours in %s", (line, hours) => {
    expect(parsed(line).hours).toBe(hours);
  });

  it.each([
    ["supervision 1h f2f", "face_to_face"],
    ["supervision 1h face-to-face", "face_to_face"],
    ["supervision 1h face to face", "face_to_face"],
    ["supervision 1h in person", "face_to_face"],
    ["supervision 1h video", "video"],
    ["supervision 1h via zoom", "video"],
    ["supervision 1h phone", "telephone"],
    ["supervision 1h telephone", "telephone"],
  ])("reads the mode in %s", (line, mode) => {
    expect(parsed(line).mode).toBe(mode);
  });

  it("reads individual or group, with the session's total hours", () => {
    expect(parsed("supervision 1h individual").format).toBe("individual");
    expect(parsed("supervision 1h one-to-one").format).toBe("individual");
    expect(parsed(`supervision 3h group video with ${AHMED}`)).toMatchObject({
      count: 1,
      groupSessions: null,
      hours: 3,
      format: "group",
      mode: "video",
    });
  });

  it.each([
    [
      "supervision 13h video",
      "Supervision hours go from 0.25 to 12 in one entry, so `13h` won't do.",
      "/balint log supervision 12h video",
    ],
    [
      "supervision 0h",
      "Supervision hours go from 0.25 to 12 in one entry, so `0h` won't do.",
      "/balint log supervision 0.25h",
    ],
    [
      "supervision 10m",
      "Supervision hours go from 0.25 to 12 in one entry, so `10m` won't do.",
      "/balint log supervision 15m",
    ],
    [
      "supervision 1.3h",
      "Supervision hours go in quarter hours (0.25, 0.5, 0.75…), so `1.3h` won't do.",
      "/balint log supervision 1.25h",
    ],
    [
      "supervision 1.5 video",
      "For supervision, give the length in hours with an h, e.g. `1.5h`.",
      "/balint log supervision 1.5h video",
    ],
    [
      "supervision 2 video",
      "Say how long the supervision was in hours: `2h` rather than `2`.",
      "/balint log supervision 2h video",
    ],
  ])("refuses %s", (line, problem, suggestion) => {
    expect(refused(line).message).toBe(`${problem} Did you mean \`${suggestion}\`?`);
  });

  it("asks for the length when it is missing", () => {
    expect(refused(`supervision video with ${AHMED}`).message).toBe(
      "Say how long the supervision was in hours, e.g. `1.5h`. Try `/balint log supervision 1h video with @dr.ahmed`",
    );
  });

  it("refuses hours, a mode or a format on other kinds, suggesting the line without them", () => {
    expect(refused(`coled 2 1h with ${AHMED}`).message).toBe(
      "Only supervision has hours: leave out `1h` for a co-led session. Did you mean `/balint log coled 2 with @dr.ahmed`?",
    );
    expect(refused(`coled 2 via video with ${AHMED}`).message).toBe(
      "Only supervision is face to face, by video or by telephone: leave out `video` for a co-led session. Did you mean `/balint log coled 2 with @dr.ahmed`?",
    );
    expect(refused("group 2 individual").suggestion).toBe("/balint log group 2");
  });
});

describe("parseLogLine: the person who confirms", () => {
  it("accepts a mention with or without 'with', and without a name", () => {
    expect(parsed(`led ${AHMED}`).counterpart).toEqual({ userId: "U0LEADER1", name: "dr.ahmed" });
    expect(parsed("coled with <@U0LEADER1>").counterpart).toEqual({ userId: "U0LEADER1" });
    expect(parsed("coled with <@U0LEADER1|Dr Ahmed> 2").counterpart).toEqual({
      userId: "U0LEADER1",
      name: "Dr Ahmed",
    });
  });

  it("refuses naming yourself", () => {
    expect(refused("coled 2 20/11/2026 with <@U0TRAINEE|sam.patel>").message).toBe(
      "You can't confirm your own sessions: name your co-leader or supervisor. Try `/balint log coled 2 20/11/2026 with @your-co-leader`",
    );
    expect(refused("supervision 1h with <@U0TRAINEE>").suggestion).toBe(
      "/balint log supervision 1h with @your-supervisor",
    );
  });

  it("refuses a name Slack did not turn into a mention, and 'with' and nothing after", () => {
    expect(refused("coled 2 with @dr.ahmed").message).toBe(
      "I can't tell who `@dr.ahmed` is: pick the person from the list Slack shows as you type @. Try `/balint log coled 2 with @dr.ahmed`",
    );
    expect(refused("coled 2 with").message).toBe(
      "Name the person after `with`. Try `/balint log coled 2 with @your-co-leader`",
    );
  });

  it("refuses a person on a kind nobody confirms", () => {
    expect(refused(`group 3 with ${AHMED}`).message).toBe(
      "A group session as a member needs nobody to confirm it: leave out `with @dr.ahmed`. Did you mean `/balint log group 3`?",
    );
    expect(refused(`weekend with ${AHMED}`).message).toContain(
      "A Balint Society weekend as a member needs nobody to confirm it",
    );
  });

  it("treats 'with' followed by plain words as the start of the note", () => {
    expect(parsed("group 2 with a lot of silence").note).toBe("with a lot of silence");
  });
});

describe("parseLogLine: notes", () => {
  it("starts the note at the first word that is not a detail, or after 'note'", () => {
    expect(parsed("group 3 yesterday at the surgery")).toMatchObject({
      count: 3,
      note: "at the surgery",
    });
    expect(parsed("group today note 3 doctors presented")).toMatchObject({
      count: 1,
      note: "3 doctors presented",
    });
    expect(parsed("group note: quiet")).toMatchObject({ note: "quiet" });
  });

  it("reads a detail repeated as part of the note", () => {
    expect(parsed("group 2 today 3 cases")).toMatchObject({ count: 2, note: "3 cases" });
  });

  it("accepts a note of 1000 characters and refuses 1001", () => {
    expect(parsed(`group ${"a".repeat(1000)}`).note).toHaveLength(1000);
    const result = refused(`group 2 today ${"word ".repeat(200)}x`);
    expect(result.message).toBe(
      "Your note is 1,001 characters long; a note can be at most 1000. Try `/balint log group 2 today <a note of up to 1000 characters>`",
    );
  });
});

describe("parseLogLine: several problems at once", () => {
  it("lists each and corrects them all in one line", () => {
    const result = refused(`coleed 0 31/02/2026 with ${AHMED}`);
    expect(result.message).toBe(
      [
        "Please fix these:",
        "• I don't know the kind `coleed`.",
        "• You can't log 0 sessions: log 1 to 50.",
        "• `31/02/2026` is not a date: February 2026 has 28 days.",
        "Did you mean `/balint log coled 1 28/02/2026 with @dr.ahmed`?",
      ].join("\n"),
    );
  });

  it("keeps a suggestion short when the note is long", () => {
    const result = refused(`coleed 2 ${"note ".repeat(100)}`);
    expect(result.suggestion.length).toBeLessThanOrEqual(200);
    expect(result.suggestion.endsWith("…")).toBe(true);
  });
});

describe("parseLogLine: one event per entry (issue 10, 5 and 6)", () => {
  it.each([
    [
      "weekend 5 2026-03-14",
      "A Balint Society weekend as a member is one event per entry, so I can't log `5` at once",
      "/balint log weekend 2026-03-14",
    ],
    [
      "course 2 2026-03-14",
      "A weekend leadership course is one event per entry",
      "/balint log course 2026-03-14",
    ],
    [
      "trainingday 3 yesterday",
      "A leaders' training day is one event per entry",
      "/balint log trainingday yesterday",
    ],
    [
      `supervision 3 1.5h with ${AHMED}`,
      "Log one supervision session per entry, with its total hours: leave out `3`.",
      "/balint log supervision 1.5h with @dr.ahmed",
    ],
  ])("refuses `%s` with the corrected line", (line, message, suggestion) => {
    // `log weekend 5 …` used to record 5 weekends (25 member sessions); `supervision 3 1.5h`
    // stored count 3 beside 1.5 hours.
    const result = refused(line);
    expect(result.message).toContain(message);
    expect(result.suggestion).toBe(suggestion);
  });

  it("reads a weekend's small-group sessions, written either way", () => {
    expect(parsed("weekend 2026-03-14 4 sessions")).toMatchObject({
      kind: "weekend_member",
      count: 1,
      groupSessions: 4,
    });
    expect(parsed("weekend sessions 3 yesterday").groupSessions).toBe(3);
    expect(parsed("weekend 2026-03-14").groupSessions).toBeNull();
    expect(parsed("group 3 sessions")).toMatchObject({ count: 3, groupSessions: null });
  });

  it("reads the case discussions of a led or co-led entry, written either way", () => {
    expect(parsed(`coled 20 30 cases with ${AHMED}`)).toMatchObject({
      kind: "coled",
      count: 20,
      caseDiscussions: 30,
    });
    expect(parsed(`led cases 3 with ${AHMED}`).caseDiscussions).toBe(3);
    expect(parsed(`coled 2 with ${AHMED}`).caseDiscussions).toBeNull();
    const result = refused(`coled 2 2.5 cases with ${AHMED}`);
    expect(result.message).toContain("Case discussions are a whole number from 0 to 200");
    expect(result.suggestion).toBe("/balint log coled 2 3 cases with @dr.ahmed");
  });

  it("refuses an impossible number of small-group sessions", () => {
    const result = refused("weekend 2026-03-14 40 sessions");
    expect(result.message).toContain("A weekend holds 1 to 20 small-group sessions");
    expect(result.suggestion).toBe("/balint log weekend 2026-03-14 20 sessions");
  });
});

describe("parseLogLine: the words only a society's criteria give a meaning to", () => {
  const asking = (line: string, rulesets = [BSANZ_2021_06, ABS_2014]) =>
    parseLogLine(line, { ...CONTEXT, asks: familyQuestions(rulesets) });
  const entry = (line: string) => {
    const result = asking(line);
    if (!result.ok) throw new Error(`expected "${line}" to parse, got: ${result.message}`);
    return result.entry;
  };

  it("reads recorded supervision, and not recorded", () => {
    expect(entry(`supervision 1h recorded with ${AHMED}`)).toMatchObject({
      hours: 1,
      recorded: true,
      note: null,
    });
    expect(entry(`supervision 1h not recorded with ${AHMED}`).recorded).toBe(false);
    expect(entry(`supervision 1h with ${AHMED}`).recorded).toBeNull();
  });

  it("reads a course's provider, quoted or not, and whether it was approved in advance", () => {
    expect(entry("course 2026-05-01 provider BSANZ")).toMatchObject({
      kind: "leadership_course",
      provider: "BSANZ",
      approvedInAdvance: null,
    });
    expect(entry('course provider "Balint Society of Canada" approved in advance')).toMatchObject({
      provider: "Balint Society of Canada",
      approvedInAdvance: true,
    });
    expect(entry("course provider IBF approved note good")).toMatchObject({
      provider: "IBF",
      approvedInAdvance: true,
      note: "good",
    });
    const result = asking("course provider");
    expect(result).toMatchObject({
      ok: false,
      suggestion: "/balint log course provider <provider>",
    });
  });

  it("reads face to face or online for groups and leading, and keeps supervision's mode", () => {
    expect(entry("group 2 face to face").faceToFace).toBe(true);
    expect(entry(`coled 20 30 cases online with ${AHMED}`)).toMatchObject({
      caseDiscussions: 30,
      faceToFace: false,
      mode: null,
    });
    expect(entry(`supervision 1h video with ${AHMED}`)).toMatchObject({
      mode: "video",
      faceToFace: null,
    });
  });

  it("leaves the UK's grammar as it was: the words start the note, or are refused as before", () => {
    expect(parsed(`supervision 1h recorded with ${AHMED}`)).toMatchObject({
      recorded: null,
      note: `recorded with ${AHMED}`,
    });
    expect(parsed("course provider BSANZ approved")).toMatchObject({
      provider: null,
      approvedInAdvance: null,
      note: "provider BSANZ approved",
    });
    expect(refused("group 2 online").message).toMatch(/Only supervision/);
  });
});
