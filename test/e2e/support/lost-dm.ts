import type { DeliveryPolicy } from "../../../src/slack/delivery/outbox-deliverer.ts";
import { seedAhmedAsLeader } from "../../slack/logging/e2e-support.ts";
import { commandReply, type Harness, startHarness } from "../../support/bot-harness.ts";
import { CAST, escapedMention } from "../../support/cast.ts";

/**
 * The bot stops waiting for Slack after 300 ms and retries after 3 s: a post Slack takes after
 * 1 s is in the channel, unrecorded, before any retry.
 */
export const LOST_ANSWER: Partial<DeliveryPolicy> = {
  pollMs: 100,
  requestTimeoutMs: 300,
  firstBackoffMs: 3_000,
};

/** The bot with Dr Ahmed on the register, and his DM channel with the bot. */
export async function startWithLeader(policy: Partial<DeliveryPolicy> = LOST_ANSWER) {
  const h = await startHarness({ deliveryPolicy: policy });
  await seedAhmedAsLeader(h);
  return { h, leaderDm: h.emulator.dmChannelFor(CAST.leader.id) };
}

/** The trainee logs a co-led session with Dr Ahmed on `day`. */
export function logWithLeader(h: Harness, day: string) {
  return commandReply(h, CAST.trainee.id, `log coled 1 ${day} with ${escapedMention("leader")}`);
}

/**
 * The trainee logs a session with Dr Ahmed, the first in his DM with the bot. Slack takes the DM
 * asking him after the bot stopped waiting: it is in his channel, unrecorded.
 */
export async function logWithLostDm(h: Harness, leaderDm: string, day: string): Promise<void> {
  h.emulator.slowNext("chat.postMessage", 1_000);
  await logWithLeader(h, day);
  await h.emulator.waitUntil(() => h.emulator.messagesIn(leaderDm).length === 1);
}
