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

it("erasing an applicant deletes the application's PDF from the post's thread", async () => {
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

  const erased = await eraseMember(
    serviceContext(h.bot.deps),
    { teamId: "T0BALINT0", userId: CAST.admin.id, isAdmin: true },
    { person: { teamId: "T0BALINT0", userId: CAST.trainee.id } },
  );
  expect(erased.posts).toHaveLength(1);
  await h.idle();

  expect(h.emulator.files).toEqual([]);
  const left = h.emulator.messagesIn(CHANNELS.subcommittee.id);
  expect(left.some((message) => message.files?.length)).toBe(false);
  expect(JSON.stringify(left)).not.toContain("CANARYERASEFILE93");
});
