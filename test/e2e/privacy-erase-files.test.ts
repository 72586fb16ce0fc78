import { afterEach, expect, it } from "vitest";
import { eraseMember } from "../../src/services/privacy/erase-member.ts";
import { serviceContext } from "../../src/slack/deps.ts";
import { ACKNOWLEDGE_VALUE } from "../../src/slack/features/applications/views/apply-modal.ts";
import { applyThroughSlack, seedTraineeWithoutReport } from "../slack/applications/e2e-support.ts";
import { type Harness, startHarness } from "../support/bot-harness.ts";
import { CAST, CHANNELS } from "../support/cast.ts";

const STATEMENT = "CANARYERASEFILE93 I have co-led a weekly group for two years.";

let h: Harness;
afterEach(async () => {
  await h.stop();
});

it("erasing an applicant deletes the application's PDF from the post's thread, and only the bot's files", async () => {
  h = await startHarness();
  await seedTraineeWithoutReport(h);
  const form = await applyThroughSlack(h, "trainee", {
    statement: STATEMENT,
    acknowledge: [ACKNOWLEDGE_VALUE],
  });
  await form.submit();
  await h.idle();
  const [pdf] = h.emulator.files;
  expect(pdf?.channels).toEqual([CHANNELS.subcommittee.id]);
  // A member shares minutes of their own in the thread: theirs, not the bot's to delete.
  const post = h.emulator.messagesIn(CHANNELS.subcommittee.id).find((m) => !m.threadTs);
  h.emulator.postAsUser({
    userId: CAST.member.id,
    channelId: CHANNELS.subcommittee.id,
    text: "Our minutes",
    threadTs: post?.ts ?? "",
    file: { name: "minutes.pdf", bytes: Buffer.from("%PDF minutes") },
  });

  const erased = await eraseMember(
    serviceContext(h.bot.deps),
    { teamId: "T0BALINT0", userId: CAST.admin.id, isAdmin: true },
    { person: { teamId: "T0BALINT0", userId: CAST.trainee.id } },
  );
  expect(erased.posts).toHaveLength(1);
  await h.idle();

  expect(h.emulator.files.map((file) => file.name)).toEqual(["minutes.pdf"]);
  const left = h.emulator.messagesIn(CHANNELS.subcommittee.id);
  expect(JSON.stringify(left)).not.toContain("CANARYERASEFILE93");
  const undelivered = await h.bot.db.outboxItem.count({ where: { deliveredAt: null } });
  expect(undelivered, "the redaction was delivered, not put back to retry").toBe(0);
});
