import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PRIVACY_IDS } from "../../src/slack/features/privacy/ids.ts";
import { type Harness, startHarness } from "../support/bot-harness.ts";
import { CAST } from "../support/cast.ts";
import { carrier } from "./support/stranger.ts";

/**
 * A button opens a modal at once ("One moment…") and fills it when its work is done. When that
 * work fails because Slack fails (here: the export's file upload answers 500), the modal must
 * say so, not spin on "One moment…" for ever.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ now: "2026-11-26T10:00:00Z" });
});
afterAll(async () => {
  await h.stop();
});

describe("a modal whose work fails on Slack's side", () => {
  it("tells the person it failed instead of waiting for ever", async () => {
    await h.driver.slashCommand({ userId: CAST.trainee.id, text: "log group 2 yesterday" });
    await h.idle();
    const buttons = await carrier(h, [PRIVACY_IDS.exportOwn]);
    h.emulator.failNext("files.getUploadURLExternal", "internal_error", { times: 10 });
    await h.driver.clickButton({
      userId: CAST.trainee.id,
      actionId: PRIVACY_IDS.exportOwn,
      value: JSON.stringify({ from: "home" }),
      container: buttons,
    });
    const view = await h.whenIdle(() => h.emulator.openViews(CAST.trainee.id).at(-1));
    const shown = JSON.stringify(view.blocks);
    expect(shown).not.toContain("One moment");
    expect(shown).toContain("something went wrong");
    expect(h.emulator.files).toEqual([]);
  });
});
