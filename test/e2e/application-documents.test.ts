import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmulatedFile } from "../../src/dev/emulator/index.ts";
import { APPLICATION_IDS } from "../../src/slack/features/applications/ids.ts";
import {
  ACKNOWLEDGE_VALUE,
  INCLUDE_NOTES_VALUE,
} from "../../src/slack/features/applications/views/apply-modal.ts";
import {
  applyThroughSlack,
  clickDecision,
  directMessage,
  seedTraineeWithoutReport,
  subcommitteePost,
  topView,
} from "../slack/applications/e2e-support.ts";
import { commandReply, type Harness, startHarness } from "../support/bot-harness.ts";
import { CAST, CHANNELS, escapedMention } from "../support/cast.ts";
import { pdfWords } from "../support/pdf-text.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ now: "2026-11-26T10:00:00Z" });
  await seedTraineeWithoutReport(h);
});
afterAll(async () => {
  await h.stop();
});

const SAM = CAST.trainee.id;
/** The note seedTraineeWithoutReport writes on Sam's member sessions. */
const NOTE = "Notes on the group process.";
const STATEMENT =
  "I have co-led a weekly Balint group with Dr Ahmed for two years, with regular supervision.";

function fileNamed(name: string): Promise<EmulatedFile> {
  // Rendering a PDF takes a moment, longer on a busy machine.
  return h.emulator.waitUntil(() => h.emulator.files.find((file) => file.name === name), 15_000);
}

async function decide(decision: "more_info" | "recommend", reason: string) {
  const post = await subcommitteePost(h, SAM, "Application for accreditation");
  await clickDecision(h, "member", post, decision);
  await topView(h, CAST.member.id, APPLICATION_IDS.decisionView);
  await h.driver.submitView({ userId: CAST.member.id, values: { reason } });
}

describe("the application as a document", () => {
  it("puts the application as a PDF in the post's thread, without notes unless chosen", async () => {
    const form = await applyThroughSlack(h, "trainee", {
      statement: STATEMENT,
      acknowledge: [ACKNOWLEDGE_VALUE],
    });
    expect(JSON.stringify(h.emulator.openViews(SAM).at(-1))).toContain(
      "Put my notes in the PDF for the subcommittee",
    );
    await form.submit();
    const post = await subcommitteePost(h, SAM, "Application for accreditation");
    const file = await fileNamed("balint-application-1-v1.pdf");
    expect(file.channels).toEqual([CHANNELS.subcommittee.id]);
    const shared = h.emulator.messagesIn(post.channel).find((m) => m.files?.[0]?.id === file.id);
    expect(shared?.threadTs).toBe(post.ts);

    const text = await pdfWords(file.bytes);
    expect(text).toContain("Applicant: Sam Patel");
    expect(text).toContain(STATEMENT);
    expect(text).toContain("Supervisor's report: Missing");
    expect(text).toContain("2025 · Co-led session · 20 (20 confirmed)");
    expect(text).toContain("C5 Ongoing development · Demonstrated · ");
    expect(text).toContain("Not yet written.");
    expect(text).not.toContain(NOTE);
    await directMessage(h, SAM, "is with the leadership subcommittee");
  });

  it("posts the resubmitted version with the notes the trainee chose to include", async () => {
    h.clock.set("2026-11-27T15:00:00Z");
    await decide("more_info", "Please tell us more about your co-leaders.");
    await directMessage(h, SAM, "asked for more information");
    const form = await applyThroughSlack(h, "trainee", {
      statement: `${STATEMENT} My co-leaders were Dr Ahmed and Dr Brown.`,
      acknowledge: [ACKNOWLEDGE_VALUE],
      include_notes: [INCLUDE_NOTES_VALUE],
    });
    await form.submit();
    const text = await pdfWords((await fileNamed("balint-application-1-v2.pdf")).bytes);
    // A line may break after the hyphen of "co-leaders".
    expect(text.replaceAll("co- ", "co-")).toContain("My co-leaders were Dr Ahmed and Dr Brown.");
    expect(text).toContain("The applicant's notes (included at their choice)");
    expect(text).toContain(NOTE);
    expect(h.emulator.files.filter((f) => f.name.startsWith("balint-application"))).toHaveLength(2);
  });

  it("sends the newly accredited person a certificate PDF", async () => {
    h.clock.set("2026-12-01T11:00:00Z");
    await decide("recommend", "A thorough portfolio.");
    await directMessage(h, SAM, "recommended your application");
    h.clock.set("2026-12-03T10:00:00Z");
    await commandReply(h, CAST.admin.id, `admin accredit ${escapedMention("trainee")} 2026-12-02`);
    await directMessage(h, SAM, "Congratulations");
    const certificate = await fileNamed("balint-accreditation-certificate-2026-12-02.pdf");
    expect(certificate.channels).toEqual([h.emulator.dmChannelFor(SAM)]);
    const text = await pdfWords(certificate.bytes);
    expect(text).toContain("The Balint Society UK");
    expect(text).toContain("Sam Patel");
    expect(text).toContain("by decision of the Balint Council on 2 Dec 2026");
    expect(text).not.toContain(NOTE);
  });
});
