import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENQUIRY_IDS } from "../../src/slack/features/enquiries/ids.ts";
import { LOGGING_IDS } from "../../src/slack/features/logging/ids.ts";
import { SHORTCUT_IDS } from "../../src/slack/features/shortcuts/ids.ts";
import { type Harness, startHarness } from "../support/bot-harness.ts";
import { CAST, CHANNELS } from "../support/cast.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ now: "2026-11-26T10:00:00Z" });
});
afterAll(async () => {
  await h.stop();
});

const sam = CAST.trainee.id;

async function topModal(userId: string, callbackId: string) {
  return h.emulator.waitUntil(() => {
    const top = h.emulator.openViews(userId).at(-1);
    return top?.callback_id === callbackId ? top : undefined;
  });
}

function dateOf(view: { blocks: { block_id?: string }[] }) {
  return view.blocks.find((block) => block.block_id === "occurredOn");
}

describe("shortcuts, delivered through the emulator", () => {
  it('"Log a Balint session" opens the logging form, dated today, and logs', async () => {
    const sent = await h.driver.globalShortcut({
      userId: sam,
      callbackId: SHORTCUT_IDS.logSession,
    });
    expect(sent.status).toBe(200);
    const view = await topModal(sam, LOGGING_IDS.logModal);
    expect(dateOf(view)).toMatchObject({ element: { initial_date: "2026-11-26" } });
    const submitted = await h.driver.submitView({
      userId: sam,
      values: { kind: "group_member", occurredOn: "2026-11-25", count: "2" },
    });
    expect(submitted.status).toBe(200);
    expect(await h.bot.db.activityEntry.count({ where: { occurredOn: "2026-11-25" } })).toBe(1);
  });

  it('"Leadership interest form" opens the same form as the command', async () => {
    const newcomer = CAST.newcomer.id;
    await h.driver.globalShortcut({ userId: newcomer, callbackId: SHORTCUT_IDS.interestForm });
    const fromShortcut = await topModal(newcomer, ENQUIRY_IDS.interestForm);
    h.emulator.closeView(newcomer, fromShortcut.id);
    await h.driver.slashCommand({ userId: newcomer, text: "interest" });
    const fromCommand = await topModal(newcomer, ENQUIRY_IDS.interestForm);
    expect(fromShortcut.blocks).toEqual(fromCommand.blocks);
    h.emulator.closeView(newcomer, fromCommand.id);
  });

  it('"Log as a Balint session" on a message opens the form dated the day it was posted', async () => {
    // 18 Nov 2026, 23:30 in London (GMT): the message's own day, not today.
    const posted = h.emulator.postAsUser({
      userId: CAST.leader.id,
      channelId: CHANNELS.leadership.id,
      text: "Thanks all for a thoughtful group tonight",
      ts: `${String(Date.UTC(2026, 10, 18, 23, 30) / 1000)}.000200`,
    });
    const sent = await h.driver.messageShortcut({
      userId: sam,
      callbackId: SHORTCUT_IDS.logFromMessage,
      channelId: CHANNELS.leadership.id,
      messageTs: posted.ts,
    });
    expect(sent.status).toBe(200);
    const view = await topModal(sam, LOGGING_IDS.logModal);
    expect(dateOf(view)).toMatchObject({ element: { initial_date: "2026-11-18" } });
    h.emulator.closeView(sam, view.id);
  });
});
