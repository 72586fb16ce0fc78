import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildBlockActions,
  type EmulatedView,
  encodeInteraction,
} from "../../src/dev/emulator/index.ts";
import { LOGGING_IDS } from "../../src/slack/features/logging/ids.ts";
import { subcommitteePost } from "../slack/applications/e2e-support.ts";
import { commandReply, type Harness, startHarness } from "../support/bot-harness.ts";
import { CAST, CHANNELS } from "../support/cast.ts";
import { seedEveryState } from "./support/stranger.ts";

/**
 * Undo and Withdraw redraw what the click came from. A click may claim any container (a
 * channel's post, another person's modal), so they redraw only the clicker's own ephemeral reply
 * or a logging modal opened for them; anything else is answered privately and left alone.
 */
let h: Harness;
const STRANGER = CAST.stranger.id;
const SAM = CAST.trainee.id;
const LEADER = CAST.leader.id;

beforeAll(async () => {
  h = await startHarness({ now: "2026-11-26T10:00:00Z" });
  await seedEveryState(h);
});
afterAll(async () => {
  await h.stop();
});

/** The stranger logs a group session of their own; returns its id. */
async function ownEntry(): Promise<number> {
  await commandReply(h, STRANGER, "log group 1 yesterday");
  const entry = await h.bot.db.activityEntry.findFirstOrThrow({
    where: { trainee: { slackUserId: STRANGER }, state: "confirmed" },
    orderBy: { id: "desc" },
  });
  return entry.id;
}

/** The stranger's signed click on `actionId` for their own entry, claiming `from` as its container. */
async function strangerClicks(
  actionId: string,
  entryId: number,
  from: { post: { channel: string; ts: string } } | { view: EmulatedView },
) {
  const where =
    "post" in from
      ? {
          container: {
            type: "message",
            message_ts: from.post.ts,
            channel_id: from.post.channel,
            is_ephemeral: false,
          },
          channel: { id: from.post.channel, name: CHANNELS.subcommittee.name },
          responseUrl: h.emulator.issueResponseUrl({
            userId: STRANGER,
            channelId: from.post.channel,
            messageTs: from.post.ts,
            isEphemeral: false,
          }),
        }
      : {
          container: { type: "view", view_id: from.view.id },
          view: { ...from.view, state: { values: {} } } as never,
        };
  const payload = buildBlockActions(
    {
      team: { id: h.emulator.workspace.teamId, domain: h.emulator.workspace.teamDomain },
      appId: h.emulator.workspace.appId,
      user: { id: STRANGER, name: CAST.stranger.name },
    },
    {
      action: {
        type: "button",
        action_id: actionId,
        block_id: "x",
        text: { type: "plain_text", text: "Undo" },
        value: JSON.stringify({ id: entryId }),
        action_ts: h.emulator.nextTs(),
      } as never,
      triggerId: h.emulator.issueTriggerId(STRANGER),
      ...where,
    },
  );
  const response = await h.driver.send({ body: encodeInteraction(payload) });
  expect(response.status).toBe(200);
  await h.idle();
}

async function openModalOf(userId: string, command: string): Promise<EmulatedView> {
  await h.driver.slashCommand({ userId, text: command });
  return h.whenIdle(() => h.emulator.openViews(userId).at(-1));
}

describe.each([LOGGING_IDS.undo, LOGGING_IDS.withdraw])("a forged %s click", (actionId) => {
  it("leaves the subcommittee's application post alone and answers the clicker privately", async () => {
    const post = await subcommitteePost(h, SAM, "Application for accreditation");
    const before = JSON.stringify(post.blocks);
    expect(before).toContain("application_decide_recommend");
    const entryId = await ownEntry();
    const posts = h.emulator.responseUrlPosts.length;

    await strangerClicks(actionId, entryId, {
      post: { channel: CHANNELS.subcommittee.id, ts: post.ts },
    });

    const after = h.emulator.message(CHANNELS.subcommittee.id, post.ts);
    expect(JSON.stringify(after?.blocks)).toBe(before);
    const answers = h.emulator.responseUrlPosts.slice(posts).map((p) => p.body);
    expect(answers).toEqual([
      expect.objectContaining({ response_type: "ephemeral", replace_original: false }),
    ]);
    expect(JSON.stringify(answers)).toMatch(/Undone|Withdrawn/);
    const entry = await h.bot.db.activityEntry.findUniqueOrThrow({ where: { id: entryId } });
    expect(entry.state).toBe("withdrawn");
  });

  it("leaves another person's open modal alone and tells the clicker in their DM", async () => {
    const victim = await openModalOf(LEADER, "log");
    const before = JSON.stringify(victim.blocks);
    const entryId = await ownEntry();
    const dm = h.emulator.dmChannelFor(STRANGER);
    const dms = h.emulator.messagesIn(dm).length;

    await strangerClicks(actionId, entryId, { view: victim });

    expect(JSON.stringify(h.emulator.openViews(LEADER).at(-1)?.blocks)).toBe(before);
    const told = h.emulator.messagesIn(dm).slice(dms);
    expect(told).toHaveLength(1);
    expect(told[0]?.text).toMatch(/Undone|Withdrawn/);
  });
});

describe("the clicker's own modal", () => {
  it("Withdraw in the sessions modal from their Home redraws that modal", async () => {
    await h.driver.openHome({ userId: SAM });
    const home = await h.whenIdle(() => h.emulator.homeView(SAM));
    await h.driver.clickButton({
      userId: SAM,
      actionId: LOGGING_IDS.openSessions,
      container: { viewId: home.id },
    });
    const sessions = await h.whenIdle(() => {
      const top = h.emulator.openViews(SAM).at(-1);
      return JSON.stringify(top?.blocks).includes(LOGGING_IDS.withdraw) ? top : undefined;
    });
    expect(sessions.callback_id).toBe(LOGGING_IDS.sessionsView);

    await h.driver.clickButton({
      userId: SAM,
      actionId: LOGGING_IDS.withdraw,
      container: { viewId: sessions.id },
    });
    await h.idle();

    const redrawn = h.emulator.openViews(SAM).at(-1);
    expect(redrawn?.id).toBe(sessions.id);
    expect(JSON.stringify(redrawn?.blocks)).toMatch(/Withdrawn: [^"]+\. It no longer counts\./);
    expect(redrawn?.private_metadata).toBe(sessions.private_metadata);
  });
});
