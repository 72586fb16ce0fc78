import { describe, expect, it } from "vitest";
import { submitApplication } from "../../../src/services/applications/submit-application.ts";
import { applicationPdf } from "../../../src/services/documents/application-pdf.ts";
import { getApplicationDocument } from "../../../src/services/documents/get-application-document.ts";
import { STATEMENT, seedCompleteTrainee, trainee } from "../../support/applications.ts";
import { pdfWords } from "../../support/pdf-text.ts";
import { useServiceDatabase } from "../../support/services.ts";

const world = useServiceDatabase();
/** The note seedCompleteTrainee writes on every entry. */
const NOTE = "Notes on the group process.";

describe("get-application-document", () => {
  it("summarises entries by kind and year, with the sign-offs and the report, without notes", async () => {
    const { person } = await seedCompleteTrainee(world.db);
    await world.db.activityEntry.create({
      data: {
        traineeId: person.id,
        kind: "group_member",
        occurredOn: "2026-02-01",
        count: 4,
        state: "withdrawn",
      },
    });
    const { application } = await submitApplication(world.ctx, trainee, { statement: STATEMENT });
    const document = await getApplicationDocument(world.ctx, { applicationId: application.id });

    expect(document).toMatchObject({
      applicationId: application.id,
      version: 1,
      traineeName: "Sam Trainee",
      submittedOn: "2026-11-26",
      statement: STATEMENT,
      report: { supervisor: "Dr Sup", text: "Ready.", readyToApply: true },
      notes: null,
    });
    expect(document.entries).toEqual([
      { kind: "group_member", year: "2025", entries: 1, count: 20, confirmed: 20, hours: null },
      { kind: "coled", year: "2025", entries: 1, count: 20, confirmed: 20, hours: null },
      { kind: "leadership_course", year: "2025", entries: 1, count: 2, confirmed: 2, hours: null },
      { kind: "supervision", year: "2025", entries: 1, count: 1, confirmed: 1, hours: 10 },
    ]);
    expect(document.competencies.map((c) => `${c.competency} ${c.rating}`)).toEqual([
      "C1 demonstrated",
      "C2 demonstrated",
      "C3 demonstrated",
      "C4 demonstrated",
      "C5 demonstrated",
    ]);
    expect(document.checklist.missing).toEqual([]);
    expect(await pdfWords(await applicationPdf(document))).not.toContain(NOTE);
  });

  it("includes the notes only when the trainee chose to", async () => {
    await seedCompleteTrainee(world.db);
    const { application } = await submitApplication(world.ctx, trainee, {
      statement: STATEMENT,
      includeNotes: true,
    });
    const document = await getApplicationDocument(world.ctx, { applicationId: application.id });
    expect(document.notes).toHaveLength(4);
    expect(document.notes?.[0]).toEqual({
      occurredOn: "2025-06-01",
      kind: "group_member",
      note: NOTE,
    });
    expect(await pdfWords(await applicationPdf(document))).toContain(NOTE);
  });
});
