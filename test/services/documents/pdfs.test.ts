import { describe, expect, it } from "vitest";
import { SOCIETIES } from "../../../src/domain/societies.ts";
import type { ApplicationDocument } from "../../../src/services/documents/application-document.ts";
import {
  applicationFilename,
  applicationPdf,
} from "../../../src/services/documents/application-pdf.ts";
import {
  certificatePdf,
  certificateSociety,
} from "../../../src/services/documents/certificate-pdf.ts";
import { pdfWords } from "../../support/pdf-text.ts";

const NOTE = "NOTE-CANARY-41c7";

function document(overrides: Partial<ApplicationDocument> = {}): ApplicationDocument {
  return {
    applicationId: 12,
    version: 2,
    traineeName: "Sam Patel",
    status: "resubmitted",
    rulesetId: "bsuk-2016-02",
    submittedOn: "2026-11-20",
    madeOn: "2026-11-26",
    statement: "I have co-led a weekly group for two years.",
    checklist: {
      criteria: [
        { title: "Co-led sessions", status: "met", explanation: "22 of 20 sessions" },
        { title: "Supervisor's report", status: "missing", explanation: "Not yet written" },
      ],
      missing: ["Supervisor's report"],
    },
    entries: [
      { kind: "coled", year: "2025", entries: 3, count: 12, confirmed: 10, hours: null },
      { kind: "supervision", year: "2026", entries: 2, count: 2, confirmed: 2, hours: 3.5 },
    ],
    competencies: [
      {
        competency: "C1",
        rating: "developing",
        supervisor: "Dr Ahmed",
        signedOn: "2026-03-01",
        comment: "Holds the boundaries",
      },
      {
        competency: "C1",
        rating: "demonstrated",
        supervisor: "Dr Ahmed",
        signedOn: "2026-09-01",
        comment: null,
      },
    ],
    report: {
      supervisor: "Dr Ahmed",
      submittedOn: "2026-10-02",
      readyToApply: true,
      discussedWithTrainee: true,
      text: "Sam keeps the focus on the relationship.",
    },
    notes: null,
    ...overrides,
  };
}

describe("the application's PDF", () => {
  it("carries the checklist, entries by kind and year, competency history and the report", async () => {
    const text = await pdfWords(await applicationPdf(document()));
    for (const expected of [
      "Application for accreditation as a Balint group leader",
      "Applicant: Sam Patel",
      "Submitted: 20 Nov 2026",
      "I have co-led a weekly group for two years.",
      "Co-led sessions: Met",
      "22 of 20 sessions",
      "Supervisor's report: Missing",
      "2025 · Co-led session · 12 (10 confirmed) · 3 entries",
      "2026 · Supervision session · 2 (2 confirmed) · 3.5 h · 2 entries",
      "1 Mar 2026 · C1 A safe and free environment · Developing · Dr Ahmed",
      "Comment: Holds the boundaries",
      "1 Sep 2026 · C1 A safe and free environment · Demonstrated · Dr Ahmed",
      "From Dr Ahmed on 2 Oct 2026 · ready to apply: yes",
      "Sam keeps the focus on the relationship.",
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("has no notes section unless the trainee chose to include notes", async () => {
    const without = await pdfWords(await applicationPdf(document()));
    expect(without).not.toContain("notes");
    const note = { occurredOn: "2025-06-01", kind: "coled", note: NOTE };
    const withNotes = await pdfWords(await applicationPdf(document({ notes: [note] })));
    expect(withNotes).toContain("The applicant's notes (included at their choice)");
    expect(withNotes).toContain("1 Jun 2025 · Co-led session");
    expect(withNotes).toContain(NOTE);
  });

  it("says plainly when there is nothing yet", async () => {
    const text = await pdfWords(
      await applicationPdf(
        document({
          checklist: { criteria: [], missing: [] },
          entries: [],
          competencies: [],
          report: null,
        }),
      ),
    );
    expect(text).toContain("No checklist was stored.");
    expect(text).toContain("None yet.");
    expect(text).toContain("Not yet written.");
  });

  it("names each version of each application apart", () => {
    expect(applicationFilename({ applicationId: 12, version: 2 })).toBe(
      "balint-application-12-v2.pdf",
    );
  });
});

describe("the certificate", () => {
  it("names the society, the person, the date and the Council's decision", async () => {
    const text = await pdfWords(
      await certificatePdf({
        ...certificateSociety(SOCIETIES.bsuk),
        personName: "Sam Patel",
        accreditedOn: "2026-11-20",
      }),
    );
    expect(text).toContain("The Balint Society UK");
    expect(text).toContain("Sam Patel");
    expect(text).toContain("is accredited as a Balint group leader");
    expect(text).toContain("by decision of the Balint Council on 20 Nov 2026");
    expect(text).toContain("on the register of accredited leaders of The Balint Society UK.");
  });

  it("names a BSANZ deployment's society and board", async () => {
    const text = await pdfWords(
      await certificatePdf({
        ...certificateSociety(SOCIETIES.bsanz),
        personName: "Sam Patel",
        accreditedOn: "2026-11-20",
      }),
    );
    expect(text).toContain("The Balint Society of Australia and New Zealand");
    expect(text).toContain("by decision of the BSANZ Board on 20 Nov 2026");
    expect(text).not.toContain("Balint Council");
  });
});
