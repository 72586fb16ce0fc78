import { afterEach, describe, expect, it } from "vitest";
import { ADMIN_IDS } from "../../../src/slack/features/admin/ids.ts";
import { type Harness, startCastEmulator, startHarness } from "../../support/bot-harness.ts";
import { CAST, CHANNELS } from "../../support/cast.ts";
import { sendInterestForm } from "../../support/interest-form.ts";
import { carrier } from "../support/stranger.ts";
import { FAST_DELIVERY } from "./fast-delivery.ts";

const leadership = CHANNELS.leadership.id;

let h: Harness;
afterEach(async () => {
  await h.stop();
});

const dmsTo = (userId: string) => h.emulator.messagesIn(h.emulator.dmChannelFor(userId));

/** Nothing stored is left untold: every outbox item was delivered, none given up. */
async function everythingTold() {
  await h.idle();
  const waiting = await h.bot.db.outboxItem.count({ where: { deliveredAt: null } });
  expect(waiting).toBe(0);
}

/** An admin invites the bot back to the channel, then asks again from their notice. */
async function inviteBackAndAskAgain(
  channel: { members: string[] },
  notice: { channel: string; ts: string },
) {
  channel.members.push(h.emulator.workspace.botUserId);
  await h.driver.clickButton({
    userId: CAST.admin.id,
    actionId: ADMIN_IDS.redeliver,
    container: { channelId: notice.channel, messageTs: notice.ts },
  });
  await everythingTold();
}

describe("a failing Slack loses nothing that was stored", () => {
  it("waits out a 429's Retry-After, then posts the enquiry once and tells the enquirer", async () => {
    h = await startHarness({ deliveryPolicy: FAST_DELIVERY });
    h.emulator.failNext("chat.postMessage", "ratelimited", { status: 429, retryAfterSeconds: 1 });
    const sent = await sendInterestForm(h, CAST.trainee.id);
    expect(sent.viewEffect).toEqual({ kind: "closed" });
    expect(await h.bot.db.leadershipRequest.count()).toBe(1);

    await everythingTold();
    const posts = h.emulator.messagesIn(leadership);
    expect(posts).toHaveLength(1);
    const calls = h.emulator.callsTo("chat.postMessage");
    const refused = calls.find((call) => call.response.ok === false);
    const accepted = calls.find((call) => call.args.channel === leadership && call.response.ok);
    expect(accepted && refused && accepted.at - refused.at).toBeGreaterThanOrEqual(950);
    expect(dmsTo(CAST.trainee.id)).toHaveLength(1);
    const enquiry = await h.bot.db.leadershipRequest.findFirstOrThrow();
    expect(enquiry.postTs).toBe(posts[0]?.ts);
  });

  it("retries through 500s until Slack recovers", async () => {
    h = await startHarness({ deliveryPolicy: FAST_DELIVERY });
    h.emulator.failNext("chat.postMessage", "internal_error", { status: 500, times: 2 });
    await sendInterestForm(h, CAST.trainee.id);
    await everythingTold();
    expect(h.emulator.messagesIn(leadership)).toHaveLength(1);
    expect(dmsTo(CAST.trainee.id)).toHaveLength(1);
  });

  it("posts once the bot is invited back to the channel, never twice", async () => {
    h = await startHarness({ deliveryPolicy: { ...FAST_DELIVERY, maxAttempts: 50 } });
    const channel = h.emulator.workspace.channel(leadership);
    if (!channel) throw new Error("no leadership channel");
    channel.members = channel.members.filter((id) => id !== h.emulator.workspace.botUserId);

    await sendInterestForm(h, CAST.trainee.id);
    await h.emulator.waitUntil(
      () =>
        h.emulator.calls.filter(
          (call) => call.args.channel === leadership && call.response.error === "not_in_channel",
        ).length >= 2,
    );
    expect(h.emulator.messagesIn(leadership)).toHaveLength(0);
    expect(await h.bot.db.leadershipRequest.count()).toBe(1);

    channel.members.push(h.emulator.workspace.botUserId);
    await everythingTold();
    expect(h.emulator.messagesIn(leadership)).toHaveLength(1);
    // The person was told at once that it was saved, not that something went wrong.
    expect(dmsTo(CAST.trainee.id)).toHaveLength(1);
  });

  it("does not post twice when a post reached Slack but its answer was lost", async () => {
    h = await startHarness({ deliveryPolicy: FAST_DELIVERY });
    // Slack takes the post but answers after the bot has stopped waiting.
    h.emulator.slowNext("chat.postMessage", 1_000);
    await sendInterestForm(h, CAST.trainee.id);
    await everythingTold();
    const posts = h.emulator.messagesIn(leadership);
    expect(posts).toHaveLength(1);
    const enquiry = await h.bot.db.leadershipRequest.findFirstOrThrow();
    expect(enquiry.postTs).toBe(posts[0]?.ts);
    expect(h.emulator.callsTo("conversations.history").length).toBeGreaterThan(0);
  });

  it("gives up on what Slack keeps refusing, and tells each admin once", async () => {
    h = await startHarness({ deliveryPolicy: FAST_DELIVERY });
    const channel = h.emulator.workspace.channel(leadership);
    if (!channel) throw new Error("no leadership channel");
    channel.members = channel.members.filter((id) => id !== h.emulator.workspace.botUserId);
    await sendInterestForm(h, CAST.trainee.id);
    await h.idle();
    await h.emulator.waitUntil(() => dmsTo(CAST.admin.id).length > 0, 5_000);
    await h.idle();

    const failed = await h.bot.db.outboxItem.findMany({ where: { failedAt: { not: null } } });
    expect(failed).toEqual([
      expect.objectContaining({ effect: "request.show", lastError: "not_in_channel" }),
    ]);
    const notices = dmsTo(CAST.admin.id);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.text).toContain("could not deliver a post to the leadership team");
    expect(notices[0]?.text).toContain("not_in_channel");
    // The enquirer was still thanked, and the enquiry is kept.
    expect(dmsTo(CAST.trainee.id)).toHaveLength(1);
    expect(await h.bot.db.leadershipRequest.count()).toBe(1);
  });

  it("delivers a notice given up once an admin fixes the cause and asks again, and no one else may ask", async () => {
    h = await startHarness({ deliveryPolicy: FAST_DELIVERY });
    const channel = h.emulator.workspace.channel(leadership);
    if (!channel) throw new Error("no leadership channel");
    channel.members = channel.members.filter((id) => id !== h.emulator.workspace.botUserId);
    await sendInterestForm(h, CAST.trainee.id);
    await h.emulator.waitUntil(() => dmsTo(CAST.admin.id).length > 0, 5_000);
    await h.idle();
    const [notice] = dmsTo(CAST.admin.id);
    if (!notice) throw new Error("no notice to the admin");
    const failed = await h.bot.db.outboxItem.findFirstOrThrow({
      where: { failedAt: { not: null } },
    });

    // A member who is not an admin forges the button with the item's number: nothing changes.
    const forged = await carrier(h, [ADMIN_IDS.redeliver]);
    await h.driver.clickButton({
      userId: CAST.stranger.id,
      actionId: ADMIN_IDS.redeliver,
      container: forged,
      value: JSON.stringify({ id: failed.id }),
    });
    await h.idle();
    const still = await h.bot.db.outboxItem.findUniqueOrThrow({ where: { id: failed.id } });
    expect(still).toEqual(failed);
    expect(dmsTo(CAST.admin.id)).toHaveLength(1);

    await inviteBackAndAskAgain(channel, notice);
    expect(h.emulator.messagesIn(leadership)).toHaveLength(1);
    expect(await h.bot.db.outboxItem.count({ where: { failedAt: { not: null } } })).toBe(0);
    const [redrawn] = dmsTo(CAST.admin.id);
    expect(redrawn?.text).toContain("You asked for it to be delivered again");
    expect(JSON.stringify(redrawn?.blocks)).not.toContain(ADMIN_IDS.redeliver);
    // The enquirer was thanked once, before and after.
    expect(dmsTo(CAST.trainee.id)).toHaveLength(1);
  });

  it("does not post twice when asked again after a lost answer and a hundred later messages", async () => {
    h = await startHarness({
      // The retry comes after the post has landed and the bot has been removed.
      deliveryPolicy: {
        ...FAST_DELIVERY,
        requestTimeoutMs: 300,
        firstBackoffMs: 3_000,
        maxBackoffMs: 3_000,
        maxAttempts: 2,
      },
    });
    const channel = h.emulator.workspace.channel(leadership);
    if (!channel) throw new Error("no leadership channel");
    // Slack takes the enquiry's post after the bot stopped waiting; then the bot is removed from
    // the channel, so the retry cannot look for it, and gives up.
    h.emulator.slowNext("chat.postMessage", 1_000);
    await sendInterestForm(h, CAST.trainee.id);
    await h.emulator.waitUntil(() => h.emulator.messagesIn(leadership).length === 1);
    channel.members = channel.members.filter((id) => id !== h.emulator.workspace.botUserId);
    await h.emulator.waitUntil(() => dmsTo(CAST.admin.id).length > 0, 10_000);
    await h.idle();
    const [notice] = dmsTo(CAST.admin.id);
    if (!notice) throw new Error("no notice to the admin");

    // The team talks on before an admin invites the bot back and asks again.
    for (let i = 0; i < 120; i++) {
      h.emulator.postAsUser({ userId: CAST.leader.id, channelId: leadership, text: `chat ${i}` });
    }
    await inviteBackAndAskAgain(channel, notice);
    const posts = h.emulator.messagesIn(leadership).filter((message) => message.botId !== "");
    expect(posts).toHaveLength(1);
    const enquiry = await h.bot.db.leadershipRequest.findFirstOrThrow();
    expect(enquiry.postTs).toBe(posts[0]?.ts);
  });

  it("keeps a DM to someone Slack cannot find from holding up anyone else's", async () => {
    h = await startHarness({ deliveryPolicy: FAST_DELIVERY });
    h.emulator.failNext("conversations.open", "user_not_found", {
      times: FAST_DELIVERY.maxAttempts,
    });
    await sendInterestForm(h, CAST.trainee.id);
    await h.idle();
    expect(h.emulator.messagesIn(leadership)).toHaveLength(1);
    const failed = await h.bot.db.outboxItem.findMany({ where: { failedAt: { not: null } } });
    expect(failed.map((item) => item.effect)).toEqual(["request.received"]);
  });

  it("answers a permission check in time when Slack is slow, and the reply is then told", async () => {
    h = await startHarness({ deliveryPolicy: FAST_DELIVERY, emulator: await startCastEmulator() });
    await sendInterestForm(h, CAST.trainee.id);
    await everythingTold();
    const [post] = h.emulator.messagesIn(leadership);
    if (!post) throw new Error("no post");

    // A restarted bot has not yet learned who is in the team's channel, and Slack is slow.
    const { emulator } = h;
    await h.stop();
    const lookupsBefore = emulator.callsTo("conversations.members").length;
    emulator.slowNext("conversations.members", 6_000, 2);
    h = await startHarness({
      deliveryPolicy: FAST_DELIVERY,
      databaseUrl: h.config.DATABASE_URL,
      emulator,
    });
    h.stop = ((stop) => async () => {
      await stop();
      await emulator.close();
    })(h.stop);
    const click = () =>
      h.driver.clickButton({
        userId: CAST.leader.id,
        actionId: "leadership_request_reply",
        container: { channelId: leadership, messageTs: post.ts },
      });

    const started = Date.now();
    const first = await click();
    expect(first.status).toBe(200);
    const told = await h.emulator.waitUntil(() =>
      h.emulator.responseUrlPosts.find((p) => p.origin.userId === CAST.leader.id),
    );
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(JSON.stringify(told.body)).toContain("Slack did not tell me in time");
    expect(h.emulator.openViews(CAST.leader.id)).toHaveLength(0);

    // Once Slack has answered, the same click opens the form, and the reply reaches the enquirer.
    await h.emulator.waitUntil(
      () => h.emulator.callsTo("conversations.members").length >= lookupsBefore + 2,
      10_000,
    );
    await click();
    await h.emulator.waitUntil(() => h.emulator.openViews(CAST.leader.id).at(-1));
    const reply = "We suggest the Oxford weekend leadership course first.";
    const answer = await h.driver.submitView({ userId: CAST.leader.id, values: { reply } });
    expect(answer.viewEffect).toEqual({ kind: "closed" });
    await everythingTold();
    expect(JSON.stringify(dmsTo(CAST.trainee.id))).toContain("Oxford weekend");
  }, 30_000);

  it("tells the person privately when Slack says the form's trigger has expired", async () => {
    h = await startHarness({ deliveryPolicy: FAST_DELIVERY });
    h.emulator.failNext("views.open", "expired_trigger_id");
    await h.driver.slashCommand({ userId: CAST.trainee.id, text: "interest" });
    const told = await h.emulator.waitUntil(() =>
      h.emulator.responseUrlPosts.find((post) => post.origin.userId === CAST.trainee.id),
    );
    expect(told.body).toMatchObject({ response_type: "ephemeral" });
    expect(await h.bot.db.leadershipRequest.count()).toBe(0);
  });
});
