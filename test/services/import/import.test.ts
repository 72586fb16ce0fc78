import { readFileSync } from "node:fs";
import type { webApi } from "@slack/bolt";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type SlackEmulator, startSlackEmulator } from "../../../src/dev/emulator/index.ts";
import type { Actor } from "../../../src/services/context.ts";
import { gatherPersonalData } from "../../../src/services/privacy/gather-personal-data.ts";
import { getProgress } from "../../../src/services/progress/get-progress.ts";
import { formatImportReport, runImport } from "../../../src/slack/import/run-import.ts";
import { webClientFor } from "../../dev/emulator/support.ts";
import { rowCounts, useServiceDatabase } from "../../support/services.ts";

const world = useServiceDatabase();
let emulator: SlackEmulator;
let client: webApi.WebClient;

const TEAM = "T0BALINT0";
const ADMIN: Actor = { teamId: TEAM, userId: "U0ADMIN", isAdmin: true };
const SAM = { id: "U0SAM", email: "Sam.Patel@example.org", realName: "Sam Patel" };
const AHMED = { id: "U0AHMED", email: "ahmed@example.org", realName: "Dr Ahmed" };
const BROWN = { id: "U0BROWN", realName: "Dr Brown" };
/** The leader the README's example file names by id. */
const EXAMPLE_BROWN = { id: "U0BROWN123", realName: "Dr Brown" };

beforeAll(async () => {
  emulator = await startSlackEmulator({
    workspace: {
      teamId: TEAM,
      users: [{ id: ADMIN.userId, name: "admin" }, SAM, AHMED, BROWN, EXAMPLE_BROWN],
    },
  });
  client = webClientFor(emulator.url);
});
afterAll(async () => {
  await emulator.close();
});
beforeEach(() => {
  emulator.reset({ workspace: true });
});

const importCsv = (text: string, dryRun = false) =>
  runImport(world.ctx, client, ADMIN, { text, dryRun });

const LEADERS = `person,accredited_on
ahmed@example.org,2015-03-01
U0BROWN,12/06/2019
nobody@example.org,2015-03-01
U0BROWN,31/02/2019
`;

describe("importing the register", () => {
  it("matches people by email and by id, and says why each refused row was refused", async () => {
    const report = await importCsv(LEADERS);
    expect(report.kind).toBe("leaders");
    expect(report.rows).toEqual([
      { line: 2, outcome: "added", detail: "ahmed@example.org on the register from 1 Mar 2015" },
      { line: 3, outcome: "added", detail: "U0BROWN on the register from 12 Jun 2019" },
      {
        line: 4,
        outcome: "refused",
        detail: "unknown person: no one in the Slack workspace is nobody@example.org",
      },
      { line: 5, outcome: "refused", detail: expect.stringContaining("bad date:") },
    ]);
    expect(emulator.callsTo("users.lookupByEmail").map((c) => c.args.email)).toEqual([
      "ahmed@example.org",
      "nobody@example.org",
    ]);
    const leaders = await world.db.accreditedLeader.findMany({
      include: { person: true, periods: true },
      orderBy: { id: "asc" },
    });
    expect(leaders.map((l) => [l.person.slackUserId, l.accreditedOn, l.periods.length])).toEqual([
      [AHMED.id, "2015-03-01", 1],
      [BROWN.id, "2019-06-12", 1],
    ]);
    expect(leaders[0]?.person.displayName).toBe("Dr Ahmed");
  });

  it("changes nothing on a dry run, then the same on a real run, and nothing on a second", async () => {
    const before = await rowCounts(world.db);
    const dry = await importCsv(LEADERS, true);
    expect(await rowCounts(world.db)).toEqual(before);
    const real = await importCsv(LEADERS);
    expect(dry.rows.map((r) => r.outcome)).toEqual(real.rows.map((r) => r.outcome));
    expect(formatImportReport(dry)).toContain("line 2: would add: ahmed@example.org");
    expect(formatImportReport(dry)).toContain(
      "Dry run of the register file: 2 would add, 2 refused. Nothing was written.",
    );
    const after = await rowCounts(world.db);
    const again = await importCsv(LEADERS);
    expect(again.rows.map((r) => r.outcome)).toEqual([
      "unchanged",
      "unchanged",
      "refused",
      "refused",
    ]);
    expect(await rowCounts(world.db)).toEqual(after);
  });
});

const ENTRIES = `trainee,kind,date,count,group_sessions,hours,mode,format,with,note
sam.patel@example.org,group,2019-03-01,3,,,,,,Early groups
U0SAM,coled,2019-04-02,2,,,,,ahmed@example.org,
U0SAM,supervision,05/04/2019,,,1.5,video,,U0AHMED,
U0SAM,weekend,2019-05-10,,4,,,,,
U0SAM,group,2019-03-01,3,,,,,,
U0SAM,group,2019-03-01,3,,,,,,
nobody@example.org,group,2019-03-01,1,,,,,,
U0SAM,lunch,2019-03-01,1,,,,,,
U0SAM,group,2019-13-01,1,,,,,,
U0SAM,group,2030-01-01,1,,,,,,
U0SAM,group,yesterday,1,,,,,,
U0SAM,course,2019-06-01,2,,,,,,
U0SAM,supervision,2019-06-01,,,,video,,U0AHMED,
U0SAM,group,2019-06-01,1,,,,,U0AHMED,
U0SAM,coled,2019-06-01,1,,,,,U0SAM,
U0SAM,group,2019-06-01,lots,,,,,,
`;

describe("importing past entries", () => {
  it("imports good rows as confirmed by the society and refuses bad ones with a reason", async () => {
    await importCsv(LEADERS);
    const report = await importCsv(ENTRIES);
    expect(report.kind).toBe("entries");
    const outcome = (line: number) => report.rows.find((r) => r.line === line);
    for (const line of [2, 3, 4, 5, 6, 7]) expect(outcome(line)?.outcome).toBe("added");
    expect(outcome(2)?.detail).toBe(
      "3 × group session as a member on 1 Mar 2019 for sam.patel@example.org",
    );
    expect(outcome(4)?.detail).toBe("supervision session, 1.5 h on 5 Apr 2019 for U0SAM");
    const refused: [number, string][] = [
      [8, "unknown person: no one in the Slack workspace is nobody@example.org"],
      [9, 'unknown kind: "lunch"'],
      [10, "bad date:"],
      [11, "bad date: The session date 2030-01-01 is in the future"],
      [12, 'bad date: "yesterday" is not a date'],
      [13, "breaks a rule: A weekend leadership course is one event per entry"],
      [14, "breaks a rule: A supervision entry needs its length in hours"],
      [15, "breaks a rule: A group session as a member needs nobody to confirm it"],
      [16, "breaks a rule: a trainee cannot be their own co-leader or supervisor."],
      [17, "breaks a rule: The number of sessions must be a number."],
    ];
    for (const [line, reason] of refused) {
      expect(outcome(line)).toMatchObject({ outcome: "refused" });
      expect(outcome(line)?.detail).toContain(reason);
    }
    expect(report.rows).toHaveLength(16);

    const admin = await world.db.person.findFirstOrThrow({ where: { slackUserId: ADMIN.userId } });
    const entries = await world.db.activityEntry.findMany({ orderBy: { id: "asc" } });
    expect(entries).toHaveLength(6);
    for (const entry of entries) {
      expect(entry).toMatchObject({
        state: "confirmed",
        importedById: admin.id,
        importedAt: world.ctx.now,
      });
    }
    const coled = entries.find((e) => e.kind === "coled");
    expect(coled).toMatchObject({ decidedById: admin.id, decidedAt: world.ctx.now });
    expect(entries.find((e) => e.kind === "group_member")).toMatchObject({ decidedById: null });
    expect(entries[0]?.note).toBe("Early groups");
    expect(new Set(entries.map((e) => e.importKey)).size).toBe(6);

    const { evaluation } = await getProgress(world.ctx, {
      teamId: TEAM,
      userId: SAM.id,
      isAdmin: false,
    });
    const coLeading = evaluation.criteria.find((c) => c.id === "co-leading");
    expect(coLeading).toMatchObject({ confirmed: 2, claimed: 0 });
    const sam = { teamId: TEAM, userId: SAM.id, isAdmin: false };
    const exported = await gatherPersonalData(world.ctx, sam, { person: sam });
    expect(exported.entries).toHaveLength(6);
    expect(exported.entries.every((e) => e.importedAt === world.ctx.now.toISOString())).toBe(true);
    const audit = await world.db.auditLog.count({ where: { action: "entry.imported" } });
    expect(audit).toBe(6);
    expect(await world.db.outboxItem.count({ where: { effect: "confirmations.request" } })).toBe(0);
  });

  it("writes nothing on a dry run and adds nothing on a second run", async () => {
    await importCsv(LEADERS);
    const before = await rowCounts(world.db);
    const dry = await importCsv(ENTRIES, true);
    expect(await rowCounts(world.db)).toEqual(before);
    expect(formatImportReport(dry)).toContain(
      "Dry run of the entries file: 6 would add, 10 refused. Nothing was written.",
    );
    const real = await importCsv(ENTRIES);
    expect(real.rows.map((r) => r.outcome)).toEqual(dry.rows.map((r) => r.outcome));
    const after = await rowCounts(world.db);
    const again = await importCsv(ENTRIES);
    expect(again.rows.filter((r) => r.outcome === "unchanged")).toHaveLength(6);
    expect(again.rows.filter((r) => r.outcome === "added")).toHaveLength(0);
    expect(await rowCounts(world.db)).toEqual(after);
    expect(formatImportReport(again)).toContain(
      "Imported the entries file: 6 unchanged, 10 refused.",
    );
  });

  it("refuses a file whose header names neither kind, or an unknown column", async () => {
    await expect(importCsv("name,date\nx,2019-01-01\n")).rejects.toThrow(/header row/);
    await expect(importCsv("trainee,kind,date,colour\n")).rejects.toThrow(/Unknown column/);
  });
});

describe("the README's example files", () => {
  it("import every row", async () => {
    const example = (name: string) => readFileSync(`docs/import-example/${name}`, "utf8");
    const leaders = await importCsv(example("leaders.csv"));
    const entries = await importCsv(example("entries.csv"));
    expect(leaders.rows.map((r) => r.outcome)).toEqual(["added", "added"]);
    expect(entries.rows.map((r) => r.outcome)).toEqual(Array(5).fill("added"));
  });
});
