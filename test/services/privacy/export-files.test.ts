import { describe, expect, it } from "vitest";
import { entriesCsv, safeCell } from "../../../src/services/privacy/files/entries-csv.ts";
import { renderExportFiles } from "../../../src/services/privacy/files/export-files.ts";
import type { ExportedEntry, PersonalData } from "../../../src/services/privacy/personal-data.ts";
import { pdfText } from "../../slack/privacy/e2e-support.ts";

const entry: ExportedEntry = {
  kind: "coled",
  occurredOn: "2026-11-20",
  count: 2,
  hours: null,
  mode: null,
  format: null,
  caseDiscussions: null,
  recorded: null,
  provider: null,
  approvedInAdvance: null,
  faceToFace: null,
  withWhom: "Dr Ahmed",
  note: "Quiet group, one long silence",
  state: "confirmed",
  decidedBy: "Dr Ahmed",
  decidedAt: "2026-11-21T10:00:00.000Z",
  queryReason: null,
  importedAt: null,
  createdAt: "2026-11-20T18:00:00.000Z",
};

const data: PersonalData = {
  generatedAt: "2026-11-26T10:00:00.000Z",
  person: {
    slackUserId: "U1",
    displayName: "Sam Patel",
    isAdmin: false,
    nudgesOptedOut: false,
    confirmationRemindersSnoozedUntil: null,
    homeOpenedAt: null,
    createdAt: "2026-01-01T00:00:00.000Z",
  },
  profile: null,
  register: null,
  entries: [entry],
  confirmationsGiven: [],
  supervisions: [],
  competencies: [
    {
      competency: "C2",
      rating: "developing",
      comment: "Keeps to the case",
      supervisor: "a former member",
      signedAt: "2026-11-01T00:00:00.000Z",
    },
  ],
  reportsAboutThem: [],
  enquiries: [],
  trainingDayRequests: [],
  applications: [],
  audit: [],
};

describe("the CSV of entries", () => {
  it.each([
    ["=1+1", "'=1+1"],
    ["+44 20", "'+44 20"],
    ["-2", "'-2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tTab", "'\tTab"],
    ["\rReturn", "'\rReturn"],
    ["A plain note", "A plain note"],
    ["a = b", "a = b"],
  ])("writes %j as %j", (value, written) => {
    expect(safeCell(value)).toBe(written);
  });

  it("has a header and one quoted-where-needed row per entry", () => {
    const csv = entriesCsv([{ ...entry, note: 'He said "=cmd", then left' }]);
    const [header, row] = csv.trimEnd().split("\n");
    expect(header).toBe(
      "occurredOn,kind,count,hours,mode,format,caseDiscussions,recorded,provider,approvedInAdvance,faceToFace,withWhom,state,decidedBy,decidedAt,queryReason,note,importedAt,createdAt",
    );
    expect(row).toContain('"He said ""=cmd"", then left"');
  });
});

describe("the export files", () => {
  it("renders a PDF whose text carries every section, and JSON with a format version", async () => {
    const [pdf, json, csv] = await renderExportFiles(data);
    expect(pdf?.filename).toBe("balint-portfolio-2026-11-26.pdf");
    const text = await pdfText(pdf?.bytes ?? Buffer.alloc(0));
    for (const words of [
      "For Sam Patel",
      "Entries (1)",
      "Quiet group, one long silence",
      "Keeps to the case",
      "a former member",
      "Applications (0)",
    ]) {
      expect(text).toContain(words);
    }
    expect(JSON.parse(json?.bytes.toString("utf8") ?? "")).toMatchObject({
      format: "balint-pathway-export/1",
      entries: [entry],
    });
    expect(csv?.bytes.toString("utf8")).toContain("Quiet group");
  });
});
