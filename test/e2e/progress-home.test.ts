import { WebClient } from "@slack/web-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decideEntry } from "../../src/services/confirmations/decide-entry.ts";
import { idleNudgeMessage } from "../../src/slack/features/scheduled/views/idle-nudge.ts";
import { SHARED_IDS } from "../../src/slack/ids.ts";
import { people, responsePost, seedAhmedAsLeader, textOf } from "../slack/logging/e2e-support.ts";
import { commandReply, type Harness, startHarness } from "../support/bot-harness.ts";
import { CAST, escapedMention } from "../support/cast.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ now: "2026-11-26T10:00:00Z" });
  await seedAhmedAsLeader(h);
});
afterAll(async () => {
  await h.stop();
});

const sam = CAST.trainee.id;
const progress = async () =>
  textOf((await h.driver.slashCommand({ userId: sam, text: "progress" })).body);
const homeText = () => JSON.stringify(h.emulator.homeView(sam)?.blocks ?? []);

/** Opens the Home tab and waits for the bot to publish it again. */
async function openHome(userId: string = sam): Promise<string> {
  // Count this person's publishes only: a refresh for someone else may land meanwhile.
  const publishes = () =>
    h.emulator.callsTo("views.publish").filter((call) => call.args.user_id === userId).length;
  const before = publishes();
  await h.driver.openHome({ userId });
  await h.whenIdle(() => publishes() > before);
  return JSON.stringify(h.emulator.homeView(userId)?.blocks ?? []);
}

describe("/balint progress", () => {
  it("shows the checklist to someone new, without creating them, and offers the profile form", async () => {
    const text = await progress();
    expect(text).toContain("Your progress");
    expect(text).toContain("*0 of 8 criteria met.*");
    expect(text).toContain(":white_large_square: Not yet · *Co-led sessions*");
    expect(text).toContain("`░░░░░░░░░░` 0 of 20 sessions");
    expect(text).toContain("Tell us whether you have psychoanalytic training.");
    expect(text).toContain(SHARED_IDS.openProfile);
    expect(text).toContain(
      "Accreditation of Balint group leaders (Balint Society UK criteria, February 2016)",
    );
    expect(await h.bot.db.person.count({ where: { slackUserId: sam } })).toBe(0);
  });

  it("moves after logging: claimed first, then confirmed", async () => {
    await commandReply(h, sam, `log coled 4 yesterday with ${escapedMention("leader")}`);
    await commandReply(h, sam, "log weekend 2026-10-10");
    let text = await progress();
    expect(text).toContain(":hourglass_flowing_sand: In progress · *Co-led sessions*");
    expect(text).toContain("`▓▓░░░░░░░░` 4 of 20 sessions");
    expect(text).toContain("0 confirmed, 4 awaiting confirmation");
    expect(text).toContain("5 of 20 group sessions, weekends included");

    const { actor, ctx } = people(h);
    const coled = await h.bot.db.activityEntry.findFirstOrThrow({ where: { kind: "coled" } });
    await decideEntry(ctx(), actor("leader"), {
      entryId: coled.id,
      version: 1,
      decision: "confirm",
    });
    text = await progress();
    expect(text).toContain("4 of 20; 4 confirmed with an accredited leader.");
    expect(text).not.toContain("awaiting confirmation");
  });
});

describe("the App Home", () => {
  it("shows nothing of the trainee's or settings to someone the bot has not met", async () => {
    const home = await openHome(CAST.stranger.id);
    expect(home).toContain("Balint Pathway");
    expect(home).not.toContain("Your pathway to accreditation");
    expect(home).not.toContain(SHARED_IDS.toggleNudges);
  });

  it("shows the trainee's checklist and the reminders setting", async () => {
    const home = await openHome();
    expect(home).toContain("Your pathway to accreditation");
    expect(home).toContain("*Co-led sessions*");
    expect(home).toContain("4 of 20 sessions");
    expect(home).toContain(SHARED_IDS.openLog);
    expect(home).toContain("*Reminders to log* are on.");
  });

  it("refreshes when something of theirs changes", async () => {
    const before = h.emulator.callsTo("views.publish").length;
    await commandReply(h, sam, `log coled 2 today with ${escapedMention("leader")}`);
    await h.whenIdle(() => h.emulator.callsTo("views.publish").length > before);
    await h.whenIdle(() => homeText().includes("6 of 20 sessions"));
  });

  it("turns the reminders off from the Home and redraws it", async () => {
    const home = h.emulator.homeView(sam);
    if (!home) throw new Error("no Home");
    const posts = h.emulator.responseUrlPosts.length;
    await h.driver.clickButton({
      userId: sam,
      actionId: SHARED_IDS.toggleNudges,
      container: { viewId: home.id },
    });
    await h.whenIdle(() => homeText().includes("*Reminders to log* are off."));
    const person = await h.bot.db.person.findFirstOrThrow({ where: { slackUserId: sam } });
    expect(person.nudgesOptedOut).toBe(true);
    expect(h.emulator.responseUrlPosts).toHaveLength(posts);
  });

  it("turns them on again from the Home", async () => {
    const home = h.emulator.homeView(sam);
    if (!home) throw new Error("no Home");
    await h.driver.clickButton({
      userId: sam,
      actionId: SHARED_IDS.toggleNudges,
      container: { viewId: home.id },
    });
    await h.whenIdle(() => homeText().includes("*Reminders to log* are on."));
    expect(await h.bot.db.person.findFirstOrThrow({ where: { slackUserId: sam } })).toMatchObject({
      nudgesOptedOut: false,
    });
  });

  it("turns them off from the reminder itself, with a private answer", async () => {
    const client = new WebClient("xoxb-test", { slackApiUrl: h.emulator.url });
    const channel = h.emulator.dmChannelFor(sam);
    const posted = await client.chat.postMessage({
      channel,
      ...idleNudgeMessage("2026-09-01", "/balint"),
    });
    const posts = h.emulator.responseUrlPosts.length;
    await h.driver.clickButton({
      userId: sam,
      actionId: SHARED_IDS.toggleNudges,
      container: { channelId: channel, messageTs: posted.ts ?? "" },
    });
    const post = await responsePost(h, posts + 1);
    expect(post.body).toMatchObject({
      response_type: "ephemeral",
      replace_original: false,
      text: "Reminders to log are off. You can turn them back on from the Settings on my App Home.",
    });
    expect(await h.bot.db.person.findFirstOrThrow({ where: { slackUserId: sam } })).toMatchObject({
      nudgesOptedOut: true,
    });
    await h.whenIdle(() => homeText().includes("*Reminders to log* are off."));
  });
});
