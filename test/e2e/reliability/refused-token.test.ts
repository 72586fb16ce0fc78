import { afterEach, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "../../support/bot-harness.ts";
import { CAST, CHANNELS } from "../../support/cast.ts";
import { INTEREST_ANSWERS, openInterestForm } from "../../support/interest-form.ts";
import { FAST_DELIVERY } from "./fast-delivery.ts";

/**
 * "Every change is told … retried until Slack takes it." A bot token Slack refuses for a while
 * (revoked and reissued, the app reinstalled) answers every call with invalid_auth; an operator
 * fixes it. What was acknowledged meanwhile waits for the fix, however many attempts it takes,
 * and the log says why (found by a red team: it was given up on the first attempt, and so was the
 * admins' notice about it).
 */

let h: Harness;
afterEach(async () => {
  await h.stop();
});

describe("a bot token Slack refuses for a while", () => {
  it("loses no acknowledged enquiry: it goes out once the token is fixed", async () => {
    h = await startHarness({ deliveryPolicy: FAST_DELIVERY });
    const userId = CAST.newcomer.id;
    const leadership = CHANNELS.leadership.id;
    await openInterestForm(h, userId);

    h.emulator.rejectToken("xoxb-test");
    const sent = await h.driver.submitView({ userId, values: INTEREST_ANSWERS });
    expect(sent.viewEffect).toEqual({ kind: "closed" }); // acknowledged: the form closed
    expect(await h.bot.db.leadershipRequest.count()).toBe(1);
    // More refusals of the post than the attempts an outage is allowed.
    await h.emulator.waitUntil(
      () =>
        h.emulator.calls.filter(
          (call) => call.args.channel === leadership && call.response.error === "invalid_auth",
        ).length > FAST_DELIVERY.maxAttempts,
      10_000,
    );
    expect(h.emulator.messagesIn(leadership)).toHaveLength(0);

    // The operator fixes the token; the bot keeps running.
    h.emulator.acceptToken("xoxb-test");
    await h.idle();

    const untold = await h.bot.db.outboxItem.findMany({ where: { deliveredAt: null } });
    expect(untold.map((item) => `${item.effect}:${item.lastError}`)).toEqual([]);
    expect(h.emulator.messagesIn(leadership)).toHaveLength(1);
    expect(h.emulator.messagesIn(h.emulator.dmChannelFor(userId))).toHaveLength(1);
    // Nothing was given up, so the admins have nothing to hear.
    expect(h.emulator.messagesIn(h.emulator.dmChannelFor(CAST.admin.id))).toEqual([]);
    const why = h.logLines.map((line) => JSON.parse(line)).find((line) => line.data?.code);
    expect(why).toMatchObject({
      level: "error",
      msg: "Slack refused the bot's token or scopes; will retry until an operator fixes them",
      data: { code: "invalid_auth" },
    });
  });
});
