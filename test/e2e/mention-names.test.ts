import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmulatedFile } from "../../src/dev/emulator/index.ts";
import { ACKNOWLEDGE_VALUE } from "../../src/slack/features/applications/views/apply-modal.ts";
import { applyThroughSlack, seedTraineeWithoutReport } from "../slack/applications/e2e-support.ts";
import { commandReply, type Harness, startHarness } from "../support/bot-harness.ts";
import { CAST, escapedMention } from "../support/cast.ts";
import { pdfWords } from "../support/pdf-text.ts";

/**
 * A mention's `|label` is whatever the typist sent: Slack's escaped mention puts the handle
 * there, and anyone can type `<@LEADER|any name>`. It never becomes the person's stored name,
 * which the application PDF prints as the author of the sign-offs and the supervisor's report.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ now: "2026-11-26T10:00:00Z" });
  await seedTraineeWithoutReport(h);
});
afterAll(async () => {
  await h.stop();
});

const FAKE = "Struck Off Impostor";

function fileNamed(name: string): Promise<EmulatedFile> {
  return h.emulator.waitUntil(() => h.emulator.files.find((file) => file.name === name), 15_000);
}

describe("a mention's label", () => {
  it("typed by a stranger asking for supervision leaves the leader's stored name alone", async () => {
    const before = await h.bot.db.person.findFirstOrThrow({
      where: { slackUserId: CAST.leader.id },
    });
    expect(before.displayName).toBe(CAST.leader.realName);

    await commandReply(h, CAST.stranger.id, `supervisor <@${CAST.leader.id}|${FAKE}>`);
    await h.idle();

    // The application the subcommittee reads names the sign-offs' author.
    const form = await applyThroughSlack(h, "trainee", {
      statement: "I have co-led a weekly Balint group with Dr Ahmed for two years.",
      acknowledge: [ACKNOWLEDGE_VALUE],
    });
    await form.submit();
    const text = await pdfWords((await fileNamed("balint-application-1-v1.pdf")).bytes);
    const after = await h.bot.db.person.findFirstOrThrow({
      where: { slackUserId: CAST.leader.id },
    });
    expect(text).not.toContain(FAKE);
    expect(text).toContain(`Demonstrated · ${CAST.leader.realName}`);
    expect(after.displayName).toBe(CAST.leader.realName);
  });

  it("from Slack's own escaped mention (the handle) does not replace the leader's name", async () => {
    // What a real Slack client sends for "@Dr Ahmed": <@U0LEADER1|dr.ahmed>.
    await h.bot.db.person.updateMany({
      where: { slackUserId: CAST.leader.id },
      data: { displayName: CAST.leader.realName },
    });
    await commandReply(h, CAST.newcomer.id, `supervisor ${escapedMention("leader")}`);
    await h.idle();
    const after = await h.bot.db.person.findFirstOrThrow({
      where: { slackUserId: CAST.leader.id },
    });
    expect(after.displayName).toBe(CAST.leader.realName);
  });
});
