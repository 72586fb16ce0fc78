import {
  buildBlockActions,
  buildButtonAction,
  encodeInteraction,
  findElement,
  type SlackBlock,
} from "../../../src/dev/emulator/index.ts";
import type { PersonRef } from "../../../src/domain/person-ref.ts";
import type { Actor, ServiceContext } from "../../../src/services/context.ts";
import { addLeader } from "../../../src/services/register/add-leader.ts";
import type { Harness } from "../../support/bot-harness.ts";
import { CAST, type CastMember } from "../../support/cast.ts";

/** Who acts in the logging end-to-end tests, and a service context on the bot's own database. */
export function people(h: Harness) {
  const teamId = h.emulator.workspace.teamId;
  const actor = (who: CastMember): Actor => ({
    teamId,
    userId: CAST[who].id,
    isAdmin: who === "admin",
  });
  const ref = (who: CastMember): PersonRef => ({ teamId, userId: CAST[who].id });
  const ctx = (): ServiceContext => ({
    db: h.bot.db,
    now: h.clock.now,
    timeZone: h.config.TIMEZONE,
  });
  return { actor, ref, ctx };
}

/** Puts Dr Ahmed on the register of accredited leaders. */
export async function seedAhmedAsLeader(h: Harness): Promise<void> {
  const { actor, ref, ctx } = people(h);
  await addLeader(ctx(), actor("admin"), { person: ref("leader"), accreditedOn: "2015-03-01" });
}

/** The blocks of a private reply the bot gave as its acknowledgement (or via response_url). */
export function blocksOf(body: unknown): SlackBlock[] {
  if (typeof body !== "object" || body === null || !("blocks" in body)) return [];
  return Array.isArray(body.blocks) ? (body.blocks as SlackBlock[]) : [];
}

export function textOf(body: unknown): string {
  return JSON.stringify(body);
}

/**
 * Clicks a button in a private reply that was the bot's acknowledgement of a slash command:
 * Slack shows it as an ephemeral message, which the emulator does not store, so the click is
 * built here with its own response_url.
 */
export async function clickInReply(
  h: Harness,
  userId: string,
  reply: unknown,
  actionId: string,
  blockId?: string,
) {
  const located = findElement(blocksOf(reply), actionId, blockId);
  if (located?.element.type !== "button") throw new Error(`no button ${actionId} in the reply`);
  const { workspace } = h.emulator;
  const user = workspace.user(userId);
  if (!user) throw new Error(`unknown user ${userId}`);
  const channelId = h.emulator.dmChannelFor(userId);
  const ts = h.emulator.nextTs();
  const payload = buildBlockActions(
    {
      team: { id: workspace.teamId, domain: workspace.teamDomain },
      appId: workspace.appId,
      user: { id: user.id, name: user.name },
    },
    {
      action: buildButtonAction({
        actionId,
        blockId: located.blockId,
        text: "button",
        actionTs: ts,
        ...(typeof located.element.value === "string" ? { value: located.element.value } : {}),
      }),
      triggerId: h.emulator.issueTriggerId(userId),
      container: { type: "message", message_ts: ts, channel_id: channelId, is_ephemeral: true },
      channel: { id: channelId, name: "directmessage" },
      responseUrl: h.emulator.issueResponseUrl({
        userId,
        channelId,
        messageTs: ts,
        isEphemeral: true,
      }),
    },
  );
  return h.driver.send({ body: encodeInteraction(payload) });
}

/** The n-th post (1-based) the bot made to response_urls, once it arrives. */
export function responsePost(h: Harness, n: number) {
  return h.whenIdle(() => h.emulator.responseUrlPosts[n - 1]);
}
