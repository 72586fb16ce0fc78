import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmulatedView } from "../../src/dev/emulator/index.ts";
import { LOGGING_IDS } from "../../src/slack/features/logging/ids.ts";
import { SHARED_IDS } from "../../src/slack/ids.ts";
import { seedAhmedAsLeader } from "../slack/logging/e2e-support.ts";
import { type Harness, lookAtHome, startHarness } from "../support/bot-harness.ts";
import { CAST } from "../support/cast.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ now: "2026-11-26T10:00:00Z" });
  await seedAhmedAsLeader(h);
});
afterAll(async () => {
  await h.stop();
});

const sam = CAST.trainee.id;

function topView(userId = sam): EmulatedView {
  const view = h.emulator.openViews(userId).at(-1);
  if (!view) throw new Error("no modal open");
  return view;
}

async function openLogModal(): Promise<EmulatedView> {
  const response = await h.driver.slashCommand({ userId: sam, text: "log" });
  expect(response.status).toBe(200);
  return h.whenIdle(() => {
    const top = h.emulator.openViews(sam).at(-1);
    return top?.callback_id === LOGGING_IDS.logModal ? top : undefined;
  });
}

describe("/balint log with no words: the logging modal", () => {
  it("opens at once, before any database work, with today's date", async () => {
    const view = await openLogModal();
    expect(h.emulator.callsTo("views.open")).toHaveLength(1);
    expect(await h.bot.db.person.count({ where: { slackUserId: sam } })).toBe(0);
    expect(view.title).toMatchObject({ text: "Log a session" });
    const date = view.blocks.find((block) => block.block_id === "occurredOn");
    expect(date).toMatchObject({ element: { type: "datepicker", initial_date: "2026-11-26" } });
    expect(JSON.stringify(view.blocks)).toContain("Balint groups are confidential");
  });

  it.each([
    ["no kind", {}, { kind: "Choose what kind of activity you are logging." }],
    [
      "a future date",
      { kind: "group_member", occurredOn: "2026-12-02" },
      { occurredOn: "The session date 2026-12-02 is in the future: today is 2026-11-26." },
    ],
    [
      "supervision without hours",
      { kind: "supervision", counterpart: CAST.leader.id },
      { hours: "A supervision entry needs its length in hours, e.g. 1.5h." },
    ],
    [
      "a person on a kind nobody confirms",
      { kind: "weekend_member", counterpart: CAST.leader.id },
      {
        counterpart:
          "A Balint Society weekend as a member needs nobody to confirm it: clear this field.",
      },
    ],
    [
      "themself as co-leader",
      { kind: "coled", counterpart: sam },
      { counterpart: "You can't confirm your own sessions: name your co-leader or supervisor." },
    ],
    [
      "a co-led session naming nobody, with no supervisor",
      { kind: "coled" },
      { counterpart: "Choose the person who confirms it: your co-leader or supervisor." },
    ],
  ])("keeps the form open with errors for %s, writing nothing", async (_what, values, errors) => {
    const response = await h.driver.submitView({ userId: sam, values });
    expect(response.viewEffect).toEqual({ kind: "errors", errors });
    expect(await h.bot.db.activityEntry.count()).toBe(0);
  });

  it("logs on submit and shows what was recorded, who confirms, and Undo", async () => {
    const response = await h.driver.submitView({
      userId: sam,
      values: {
        kind: "coled",
        occurredOn: "2026-11-20",
        count: "2",
        counterpart: CAST.leader.id,
        note: "We held the silence well",
      },
    });
    expect(response.viewEffect).toMatchObject({ kind: "updated" });
    const shown = JSON.stringify(topView().blocks);
    expect(topView().title).toMatchObject({ text: "Logged" });
    expect(shown).toContain("Logged *2 co-led sessions on 20 Nov 2026* with <@U0LEADER1>.");
    expect(shown).toContain("It stays claimed until <@U0LEADER1> confirms it");
    expect(shown).toContain(LOGGING_IDS.undo);
    expect(await h.bot.db.activityEntry.findFirst()).toMatchObject({
      kind: "coled",
      count: 2,
      state: "claimed",
      note: "We held the silence well",
    });
    const leaderDm = h.emulator.dmChannelFor(CAST.leader.id);
    await h.whenIdle(() => h.emulator.messagesIn(leaderDm).length === 1);
    expect(JSON.stringify(h.emulator.messagesIn(leaderDm))).not.toContain("silence");
    await lookAtHome(h, sam);
  });

  it("undoes from the modal: the entry is withdrawn and the modal says so", async () => {
    await h.driver.clickButton({
      userId: sam,
      actionId: LOGGING_IDS.undo,
      container: { viewId: topView().id },
    });
    await h.whenIdle(() => topView().title?.text === "Undone");
    expect(JSON.stringify(topView().blocks)).toContain(
      "Undone: 2 co-led sessions on 20 Nov 2026 is withdrawn and no longer counts.",
    );
    expect(await h.bot.db.activityEntry.findFirst()).toMatchObject({ state: "withdrawn" });
  });

  it("opens from the App Home's Log a session button", async () => {
    h.emulator.closeView(sam, topView().id);
    await h.driver.openHome({ userId: sam });
    const home = await h.whenIdle(() => {
      const view = h.emulator.homeView(sam);
      return view && JSON.stringify(view.blocks).includes(SHARED_IDS.openLog) ? view : undefined;
    });
    await h.driver.clickButton({
      userId: sam,
      actionId: SHARED_IDS.openLog,
      container: { viewId: home.id },
    });
    const modal = await h.whenIdle(() => h.emulator.openViews(sam).at(-1));
    expect(modal.callback_id).toBe(LOGGING_IDS.logModal);
  });
});
