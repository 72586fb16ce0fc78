import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderExportFiles } from "../../src/services/privacy/files/export-files.ts";
import { gatherPersonalData } from "../../src/services/privacy/gather-personal-data.ts";
import { serviceContext } from "../../src/slack/deps.ts";
import { type Harness, startHarness } from "../support/bot-harness.ts";
import { CAST } from "../support/cast.ts";
import { pdfWords } from "../support/pdf-text.ts";

/**
 * The profile form's free text (professional training, and what psychoanalytic training the
 * trainee had: e.g. their own analysis) is typed like a note: it is stored encrypted, and both
 * fields are in the person's export (JSON and PDF). Found by the privacy red team.
 */
const TRAINING = "CANARYPROFTRAIN44 GP registrar";
const DETAILS = "CANARYANALYSIS77 personal analysis with Dr Klein, five years";

let h: Harness;
const sam = CAST.trainee.id;
beforeAll(async () => {
  h = await startHarness({ now: "2026-11-26T10:00:00Z" });
  await h.driver.slashCommand({ userId: sam, text: "profile" });
  await h.whenIdle(() => h.emulator.openViews(sam).find((v) => v.callback_id === "profile_form"));
  const response = await h.driver.submitView({
    userId: sam,
    values: {
      ukBalintMember: "yes",
      professionalTraining: TRAINING,
      psychoanalyticTraining: "yes",
      psychoanalyticTrainingDetails: DETAILS,
      pathwayStartedOn: "2025-03-01",
    },
  });
  expect(response.viewEffect).toEqual({ kind: "closed" });
  await h.idle();
  const stored = await h.bot.db.traineeProfile.findFirstOrThrow();
  expect(stored.psychoanalyticTrainingDetails).toBe(DETAILS);
});
afterAll(async () => {
  await h.stop();
});

describe("the profile's free text", () => {
  it("is in the person's own export (subject access: everything held about them)", async () => {
    const actor = { teamId: "T0BALINT0", userId: sam, isAdmin: false };
    const data = await gatherPersonalData(serviceContext(h.bot.deps), actor, {
      person: { teamId: "T0BALINT0", userId: sam },
    });
    const files = await renderExportFiles(data);
    const json = files.find((f) => f.filename.endsWith(".json"));
    const text = Buffer.from(json?.bytes ?? []).toString("utf8");
    expect(text).toContain("CANARYPROFTRAIN44");
    expect(text, "psychoanalyticTrainingDetails is held but not exported").toContain(
      "CANARYANALYSIS77",
    );
    const pdf = files.find((f) => f.filename.endsWith(".pdf"));
    expect(await pdfWords(Buffer.from(pdf?.bytes ?? []))).toContain(
      "Psychoanalytic training: yes: CANARYANALYSIS77",
    );
  });

  it("is stored as ciphertext only, on SQLite and PostgreSQL alike", async () => {
    const rows = await h.bot.db.$queryRawUnsafe<{ training: string; details: string }[]>(
      `SELECT professional_training AS training, psychoanalytic_training_details AS details
       FROM trainee_profiles`,
    );
    expect(rows).toHaveLength(1);
    for (const stored of Object.values(rows[0] ?? {})) expect(stored).toMatch(/^enc:v1:/);
    expect(JSON.stringify(rows)).not.toMatch(/CANARYANALYSIS77|CANARYPROFTRAIN44/);
  });
});
