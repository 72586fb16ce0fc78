import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmulatedView } from "../../src/dev/emulator/index.ts";
import { ENQUIRY_IDS } from "../../src/slack/features/enquiries/ids.ts";
import { type Harness, startHarness } from "../support/bot-harness.ts";
import { CAST, CHANNELS } from "../support/cast.ts";

// The one pipeline every modal submission runs through (src/slack/forms/submit-modal.ts),
// tried on the reply form: it has metadata, a form, a check of who is asking and a use case.

let h: Harness;
let replyForm: EmulatedView;
beforeAll(async () => {
  h = await startHarness({ now: "2026-11-26T10:00:00Z" });
  await h.driver.slashCommand({ userId: CAST.trainee.id, text: "trainingday" });
  await h.whenIdle(() => h.emulator.openViews(CAST.trainee.id).at(-1));
  await h.driver.submitView({ userId: CAST.trainee.id, values: { area: "Yorkshire" } });
  const post = await h.whenIdle(() => h.emulator.messagesIn(CHANNELS.leadership.id)[0]);
  await h.driver.clickButton({
    userId: CAST.leader.id,
    actionId: ENQUIRY_IDS.replyToRequest,
    container: { channelId: CHANNELS.leadership.id, messageTs: post.ts },
  });
  replyForm = await h.whenIdle(() => h.emulator.openViews(CAST.leader.id).at(-1));
});
afterAll(async () => {
  await h.stop();
});

async function answered() {
  const request = await h.bot.db.leadershipRequest.findFirstOrThrow();
  return request.answeredAt !== null;
}

describe("submitModal", () => {
  it("answers an invalid form beside its field, running nothing", async () => {
    const response = await h.driver.submitView({
      userId: CAST.leader.id,
      view: replyForm,
      values: { reply: "Hi" },
    });
    expect(response.viewEffect).toEqual({
      kind: "errors",
      errors: { reply: "Please write a reply of at least 5 characters." },
    });
    expect(await answered()).toBe(false);
  });

  it("puts a refusal beside its field, keeping the form: here, someone outside the team", async () => {
    const response = await h.driver.submitView({
      userId: CAST.stranger.id,
      view: replyForm,
      values: { reply: "I am not in the leadership team." },
    });
    expect(response.viewEffect).toMatchObject({
      kind: "errors",
      errors: { reply: expect.stringContaining("Only the leadership team can reply") },
    });
    expect(await answered()).toBe(false);
  });

  // Slack never sends such metadata: it is tampering, refused as an out-of-date form.
  it("refuses metadata that fails its schema before reading the form or running anything", async () => {
    const told = () => h.emulator.messagesIn(h.emulator.dmChannelFor(CAST.leader.id)).length;
    for (const privateMetadata of ['{"id":"1"}', '{"id":-1}', "not json", ""]) {
      const before = told();
      const response = await h.driver.submitView({
        userId: CAST.leader.id,
        view: { ...replyForm, private_metadata: privateMetadata },
        values: { reply: "A perfectly good reply." },
      });
      expect(response.viewEffect, privateMetadata).toEqual({ kind: "closed" });
      const notice = await h.whenIdle(() =>
        h.emulator.messagesIn(h.emulator.dmChannelFor(CAST.leader.id)).at(before),
      );
      expect(notice.text, privateMetadata).toBe(
        "This form is out of date. Open it again to get a fresh one.",
      );
    }
    expect(await answered()).toBe(false);
  });

  it("runs the use case as the person who submitted and closes the modal", async () => {
    const response = await h.driver.submitView({
      userId: CAST.leader.id,
      view: replyForm,
      values: { reply: "We will be in touch about dates." },
    });
    expect(response.viewEffect).toEqual({ kind: "closed" });
    const request = await h.bot.db.leadershipRequest.findFirstOrThrow({
      include: { answeredBy: true },
    });
    expect(request.answeredBy?.slackUserId).toBe(CAST.leader.id);
  });
});
