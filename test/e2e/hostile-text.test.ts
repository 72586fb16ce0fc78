import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmulatedMessage } from "../../src/dev/emulator/index.ts";
import { type Harness, startHarness } from "../support/bot-harness.ts";
import { CAST, CHANNELS } from "../support/cast.ts";

/** What an attacker in the workspace types into the enquiry forms. */
const AREA = "<!channel> Leeds";
const DETAILS = "<!here> please <https://evil.example/login|verify your Slack session>";
const TRAINING = "<!subteam^S1> GP <@U0ADMIN01> &amp; more";

/** Tokens Slack would act on: broadcasts, a user-group ping, a disguised link, a mention. */
const LIVE = [/<!channel>/, /<!here>/, /<!subteam/, /<https:\/\/evil/, /<@U0ADMIN01>/];

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ now: "2026-11-26T10:00:00Z" });
});
afterAll(async () => {
  await h.stop();
});

async function submitForm(text: string, values: Record<string, string>) {
  await h.driver.slashCommand({ userId: CAST.stranger.id, text });
  await h.whenIdle(() => h.emulator.openViews(CAST.stranger.id).at(-1));
  const response = await h.driver.submitView({ userId: CAST.stranger.id, values });
  expect(response.status).toBe(200);
}

/** The message's notification text and its blocks, as one string for each. */
function rendered(message: EmulatedMessage | undefined): string[] {
  if (!message) throw new Error("no message");
  return [message.text ?? "", JSON.stringify(message.blocks ?? [])];
}

function expectNoLiveTokens(message: EmulatedMessage | undefined): void {
  for (const text of rendered(message)) {
    for (const live of LIVE) expect(text).not.toMatch(live);
  }
}

describe("users' text in the channels' posts", () => {
  it("the interest form reaches the leadership channel escaped, notification text included", async () => {
    await submitForm("interest", {
      professionalTraining: TRAINING,
      ukBalintMember: "member",
      psychoanalyticTraining: "no",
      groupSessions: "3",
      groupWhere: AREA,
      hopes: DETAILS,
    });
    const post = await h.whenIdle(() => h.emulator.messagesIn(CHANNELS.leadership.id)[0]);
    expectNoLiveTokens(post);
    const [, blocks] = rendered(post);
    expect(blocks).toContain("&lt;!channel&gt; Leeds");
    expect(blocks).toContain("&lt;https://evil.example/login|verify your Slack session&gt;");
    expect(blocks).toContain("&amp;amp; more");
  });

  it("the training-day request reaches it escaped, and so does the requester's receipt", async () => {
    await submitForm("trainingday", { area: AREA, details: DETAILS });
    const post = await h.whenIdle(() => h.emulator.messagesIn(CHANNELS.leadership.id)[1]);
    expectNoLiveTokens(post);
    expect(post.text).toContain("&lt;!channel&gt; Leeds");
    expect(rendered(post)[1]).toContain("&lt;!here&gt; please");
    const dm = h.emulator.dmChannelFor(CAST.stranger.id);
    const receipts = await h.whenIdle(() => {
      const messages = h.emulator.messagesIn(dm);
      return messages.length >= 2 ? messages : undefined;
    });
    for (const receipt of receipts) expectNoLiveTokens(receipt);
  });

  it("the weekly digest names them in the subcommittee channel without repeating their text", async () => {
    h.clock.set("2026-12-03T10:00:00Z");
    await h.driver.slashCommand({ userId: CAST.admin.id, text: "admin digest" });
    const digest = await h.whenIdle(() => h.emulator.messagesIn(CHANNELS.subcommittee.id)[0]);
    expectNoLiveTokens(digest);
    const [, blocks] = rendered(digest);
    expect(blocks).toContain(`Training-day request from <@${CAST.stranger.id}>`);
    expect(blocks).not.toMatch(/Leeds|GP/);
  });
});
