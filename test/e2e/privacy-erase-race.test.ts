import { afterEach, describe, expect, it } from "vitest";
import { eraseMember } from "../../src/services/privacy/erase-member.ts";
import type { DeliveryPolicy } from "../../src/slack/delivery/outbox-deliverer.ts";
import { serviceContext } from "../../src/slack/deps.ts";
import { ACKNOWLEDGE_VALUE } from "../../src/slack/features/applications/views/apply-modal.ts";
import { REMOVED_POST } from "../../src/slack/features/privacy/views/privacy-messages.ts";
import { SUPERVISION_IDS } from "../../src/slack/features/supervision/ids.ts";
import { applyThroughSlack, seedTraineeWithoutReport } from "../slack/applications/e2e-support.ts";
import { seedAhmedAsLeader } from "../slack/logging/e2e-support.ts";
import { commandReply, type Harness, startHarness } from "../support/bot-harness.ts";
import { CAST, CHANNELS, escapedMention } from "../support/cast.ts";
import { sendInterestForm } from "../support/interest-form.ts";
import { logWithLostDm, startWithLeader } from "./support/lost-dm.ts";

/**
 * A post about a request or an application is recorded only after Slack has taken it, so an
 * erasure in between cannot see it. Whichever comes first, no post keeps the erased text.
 */
const CANARY = "CANARYERASERACE91 my hopes for leading";
const STATEMENT = "CANARYERASERACE92 I have co-led a weekly group with Dr Ahmed for two years.";
const TEAM = "T0BALINT0";

let h: Harness;
afterEach(async () => {
  await h.stop();
});

function erase(userId: string) {
  return eraseMember(
    serviceContext(h.bot.deps),
    { teamId: TEAM, userId: CAST.admin.id, isAdmin: true },
    { person: { teamId: TEAM, userId } },
  );
}

/** The channel's messages carrying `canary`, and those edited to say their content was removed. */
function postsIn(channel: string, canary: string) {
  const messages = h.emulator.messagesIn(channel);
  return {
    carrying: messages.filter((m) => JSON.stringify(m).includes(canary)).map((m) => m.ts),
    removed: messages.filter((m) => m.text === REMOVED_POST.text).length,
  };
}

/** Until the bot's post is on its way: Slack holds it while the erasure runs. */
async function postInFlight(): Promise<void> {
  await h.emulator.waitUntil(() => h.emulator.heldCalls("chat.postMessage") > 0);
}

describe("erasing a person while a post about them is on its way", () => {
  it("edits the enquiry's post that Slack took while the erasure ran", async () => {
    h = await startHarness({ deliveryPolicy: { firstBackoffMs: 50, pollMs: 100 } });
    const newcomer = CAST.newcomer.id;
    // Slack is slow to take the enquiry's post; the admin erases the person meanwhile.
    h.emulator.slowNext("chat.postMessage", 1_500);
    await sendInterestForm(h, newcomer, { hopes: CANARY });
    await postInFlight();
    const result = await erase(newcomer);
    expect(result.erased.enquiries).toBe(1);
    expect(result.posts, "the post was not recorded yet").toEqual([]);
    await h.idle();

    expect(postsIn(CHANNELS.leadership.id, "CANARYERASERACE91")).toEqual({
      carrying: [],
      removed: 1,
    });
  });

  it("edits a post whose answer was lost, when its retry finds the person erased", async () => {
    const policy: Partial<DeliveryPolicy> = {
      pollMs: 100,
      requestTimeoutMs: 300,
      firstBackoffMs: 3_000,
    };
    h = await startHarness({ deliveryPolicy: policy });
    const newcomer = CAST.newcomer.id;
    // Slack takes the post after the bot stopped waiting: as after a crash, it is not recorded.
    h.emulator.slowNext("chat.postMessage", 1_000);
    await sendInterestForm(h, newcomer, { hopes: CANARY });
    await h.emulator.waitUntil(
      () => postsIn(CHANNELS.leadership.id, "CANARYERASERACE91").carrying.length > 0,
    );
    expect((await erase(newcomer)).posts).toEqual([]);
    await h.idle();

    expect(postsIn(CHANNELS.leadership.id, "CANARYERASERACE91")).toEqual({
      carrying: [],
      removed: 1,
    });
  });

  it("edits the application's post that Slack took while the erasure ran, and shares no PDF", async () => {
    h = await startHarness({ deliveryPolicy: { firstBackoffMs: 50, pollMs: 100 } });
    await seedTraineeWithoutReport(h);
    const form = await applyThroughSlack(h, "trainee", {
      statement: STATEMENT,
      acknowledge: [ACKNOWLEDGE_VALUE],
    });
    h.emulator.slowNext("chat.postMessage", 1_500);
    await form.submit();
    await postInFlight();
    const result = await erase(CAST.trainee.id);
    expect(result.erased.applications).toBe(1);
    expect(result.posts).toEqual([]);
    await h.idle();

    expect(postsIn(CHANNELS.subcommittee.id, "CANARYERASERACE92")).toEqual({
      carrying: [],
      removed: 1,
    });
    expect(h.emulator.files).toEqual([]);
  });
  it("redraws a confirmation DM Slack took while the trainee was erased, keeping none of it", async () => {
    h = await startHarness({ deliveryPolicy: { firstBackoffMs: 50, pollMs: 100 } });
    await seedAhmedAsLeader(h);
    h.emulator.slowNext("chat.postMessage", 1_500);
    await commandReply(
      h,
      CAST.trainee.id,
      `log coled 1 yesterday with ${escapedMention("leader")}`,
    );
    await postInFlight();
    const result = await erase(CAST.trainee.id);
    expect(result.erased.entries).toBe(1);
    expect(result.posts, "the DM was not recorded yet").toEqual([]);
    await h.idle();

    const dm = h.emulator.messagesIn(h.emulator.dmChannelFor(CAST.leader.id));
    expect(dm).toHaveLength(1);
    expect(JSON.stringify(dm)).not.toContain(CAST.trainee.id);
  });

  it("edits a confirmation DM whose answer was lost, when the trainee is erased before its retry", async () => {
    const started = await startWithLeader();
    h = started.h;
    const { leaderDm } = started;
    // As after a crash, the DM is not recorded.
    await logWithLostDm(h, leaderDm, "yesterday");
    expect((await erase(CAST.trainee.id)).posts, "the DM was not recorded").toEqual([]);
    await h.idle();

    const dm = h.emulator.messagesIn(leaderDm);
    expect(dm.map((message) => message.text)).toEqual([REMOVED_POST.text]);
    expect(JSON.stringify(dm)).not.toContain(CAST.trainee.id);
  });

  it("edits a confirmation DM whose answer was lost, even after the leader confirmed from it", async () => {
    const started = await startWithLeader();
    h = started.h;
    const { leaderDm } = started;
    await logWithLostDm(h, leaderDm, "yesterday");
    const [unrecorded] = h.emulator.messagesIn(leaderDm);
    if (!unrecorded) throw new Error("no DM");
    // The leader confirms the session from the DM the bot never recorded.
    await h.driver.clickButton({
      userId: CAST.leader.id,
      actionId: SUPERVISION_IDS.confirmEntry,
      container: { channelId: leaderDm, messageTs: unrecorded.ts },
    });
    await h.idle();
    expect((await h.bot.db.activityEntry.findFirstOrThrow()).state).toBe("confirmed");

    await erase(CAST.trainee.id);
    await h.idle();
    expect(JSON.stringify(h.emulator.messagesIn(leaderDm))).not.toContain(CAST.trainee.id);
  });
});
