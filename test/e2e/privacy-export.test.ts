import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CANARY, fileNamed, filesInDm, pdfText, seedSam } from "../slack/privacy/e2e-support.ts";
import { privateReplies } from "../slack/supervision/e2e-support.ts";
import { type Harness, startHarness } from "../support/bot-harness.ts";
import { CAST, escapedMention } from "../support/cast.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await seedSam(h);
});
afterAll(async () => {
  await h.stop();
});

describe("/balint export", () => {
  it("sends the person a PDF, a JSON and a CSV of everything held about them, in their DM", async () => {
    await h.driver.slashCommand({ userId: CAST.trainee.id, text: "export" });
    const files = await filesInDm(h, "trainee");
    expect(files.map((f) => f.name).sort()).toEqual([
      "balint-data-2026-11-26.json",
      "balint-entries-2026-11-26.csv",
      "balint-portfolio-2026-11-26.pdf",
    ]);
    expect(h.emulator.callsTo("files.completeUploadExternal")).toHaveLength(1);

    const json = JSON.parse(fileNamed(files, ".json").bytes.toString("utf8"));
    expect(json.person.slackUserId).toBe(CAST.trainee.id);
    expect(json.entries).toHaveLength(2);
    expect(json.entries[0]).toMatchObject({ kind: "coled", note: CANARY.note, state: "confirmed" });
    expect(json.supervisions).toMatchObject([{ role: "trainee", state: "active" }]);
    expect(JSON.stringify(json.enquiries)).toContain(CANARY.hopes);
    expect(json.audit.length).toBeGreaterThan(0);

    const pdf = await pdfText(fileNamed(files, ".pdf").bytes);
    expect(pdf).toContain("personal data and portfolio");
    expect(pdf).toContain(CANARY.note);
    expect(pdf).toContain("Co-led session");

    const csv = fileNamed(files, ".csv").bytes.toString("utf8");
    expect(csv.split("\n")[0]).toContain("occurredOn,kind,count");
    expect(csv).toContain(CANARY.note);
    // The note that looks like a formula is written as text.
    expect(csv).toContain(`'=HYPERLINK(""http://x"")`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);

    expect(privateReplies(h, "trainee").join()).toContain("three files in our direct messages");
  });

  it("never puts one trainee's notes in another person's export", async () => {
    await h.driver.slashCommand({ userId: CAST.leader.id, text: "export" });
    const files = await filesInDm(h, "leader");
    const json = fileNamed(files, ".json").bytes.toString("utf8");
    expect(JSON.parse(json).confirmationsGiven).toMatchObject([
      { kind: "coled", state: "confirmed" },
    ]);
    for (const file of files) expect(file.bytes.toString("latin1")).not.toContain(CANARY.note);
    expect(await pdfText(fileNamed(files, ".pdf").bytes)).not.toContain(CANARY.note);
  });

  it("lets an admin export a person's data to the admin's own DM, and nobody else", async () => {
    const filesBefore = h.emulator.files.length;
    await h.driver.slashCommand({
      userId: CAST.stranger.id,
      text: `admin export ${escapedMention("trainee")}`,
    });
    await h.whenIdle(() => privateReplies(h, "stranger").length > 0);
    expect(privateReplies(h, "stranger").join()).toContain("Only the bot's admins");
    expect(h.emulator.files).toHaveLength(filesBefore);

    await h.driver.slashCommand({
      userId: CAST.admin.id,
      text: `admin export ${escapedMention("trainee")}`,
    });
    const files = await filesInDm(h, "admin");
    expect(fileNamed(files, ".json").bytes.toString("utf8")).toContain(CANARY.note);
    const [comment] = h.emulator.messagesIn(h.emulator.dmChannelFor(CAST.admin.id));
    expect(comment?.text).toContain(`about <@${CAST.trainee.id}>`);
  });

  it("tells a newcomer the bot holds nothing about them", async () => {
    await h.driver.slashCommand({ userId: CAST.newcomer.id, text: "export" });
    await h.whenIdle(() => privateReplies(h, "newcomer").length > 0);
    expect(privateReplies(h, "newcomer").join()).toContain("I hold nothing about you yet");
  });
});
