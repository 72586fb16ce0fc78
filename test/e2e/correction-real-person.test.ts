import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SUPERVISION_IDS } from "../../src/slack/features/supervision/ids.ts";
import { type Harness, startHarness } from "../support/bot-harness.ts";
import { CAST } from "../support/cast.ts";
import { carrier, seedEveryState } from "./support/stranger.ts";

/**
 * The correction form ("Correct and send back" on a queried entry) names a co-leader or
 * supervisor as the logging form does, so it refuses as that form does a person Slack does not
 * know as an active human ("I can't find … Nothing was saved."), before anything is stored
 * about them (src/slack/mentions.ts requireRealPerson).
 */
let h: Harness;
let queried: number;
const SAM = CAST.trainee.id;
const GHOST = "U0GHOST99";

beforeAll(async () => {
  h = await startHarness({ now: "2026-11-26T10:00:00Z" });
  ({
    entries: { queried },
  } = await seedEveryState(h));
});
afterAll(async () => {
  await h.stop();
});

describe("the correction form names a person Slack does not know", () => {
  it("is refused as the logging form refuses it, and nothing is stored about them", async () => {
    const buttons = await carrier(h, [SUPERVISION_IDS.resubmitEntry]);
    await h.driver.clickButton({
      userId: SAM,
      actionId: SUPERVISION_IDS.resubmitEntry,
      container: buttons,
      value: JSON.stringify({ id: queried }),
    });
    await h.whenIdle(() =>
      h.emulator.openViews(SAM).find((v) => v.callback_id === SUPERVISION_IDS.resubmitModal),
    );
    const response = await h.driver.submitView({ userId: SAM, values: { counterpart: GHOST } });
    await h.idle();
    expect(response.body).toMatchObject({
      response_action: "errors",
      errors: { counterpart: expect.stringContaining("I can't find <@U0GHOST99>") },
    });
    const ghost = await h.bot.db.person.findFirst({ where: { slackUserId: GHOST } });
    const entry = await h.bot.db.activityEntry.findUniqueOrThrow({ where: { id: queried } });
    expect(ghost).toBeNull();
    expect(entry.state).toBe("queried");
  });
});
