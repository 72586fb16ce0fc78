import { WebClient } from "@slack/web-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmulatedMessage } from "../../src/dev/emulator/index.ts";
import { type Harness, startHarness } from "../support/bot-harness.ts";
import { CAST, CHANNELS } from "../support/cast.ts";

// Posts drawn before enquiries and training-day requests became one table carry the old
// buttons ("enquiry_reply", "training_day_reply") and the old ids. The migration moves each
// request with its post's channel and ts, and a training-day request gets a new id.

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ now: "2026-11-26T10:00:00Z" });
});
afterAll(async () => {
  await h.stop();
});

const leadership = CHANNELS.leadership.id;
const json = (value: unknown) => JSON.stringify(value);

/** A post as the bot drew it before the change: the old action id, the old table's id. */
async function oldPost(actionId: string, oldId: number): Promise<EmulatedMessage> {
  const client = new WebClient("xoxb-test", { slackApiUrl: h.emulator.url });
  const posted = await client.chat.postMessage({
    channel: leadership,
    text: "A request from before",
    blocks: [
      { type: "section", text: { type: "mrkdwn", text: "A request from before" } },
      {
        type: "actions",
        block_id: "leadership_post_actions",
        elements: [
          {
            type: "button",
            text: { type: "plain_text", text: "Reply" },
            action_id: actionId,
            value: json({ id: oldId }),
          },
        ],
      },
    ],
  });
  const message = h.emulator.message(leadership, posted.ts ?? "");
  if (!message) throw new Error("the old post was not stored");
  return message;
}

/** A request as the migration leaves it: its post is the old post. */
async function migratedRequest(
  kind: "interest_form" | "training_day",
  id: number,
  post: EmulatedMessage,
) {
  const person = await h.bot.db.person.upsert({
    where: {
      slackTeamId_slackUserId: {
        slackTeamId: h.emulator.workspace.teamId,
        slackUserId: CAST.trainee.id,
      },
    },
    create: { slackTeamId: h.emulator.workspace.teamId, slackUserId: CAST.trainee.id },
    update: {},
  });
  const content =
    kind === "interest_form"
      ? {
          answers: json({
            professionalTraining: "GP, general practice",
            ukBalintMember: "member",
            psychoanalyticTraining: false,
            groupSessions: 4,
            hopes: "Advice on co-leading",
          }),
        }
      : { area: "Yorkshire", details: null };
  return h.bot.db.leadershipRequest.create({
    data: {
      id,
      kind,
      personId: person.id,
      ...content,
      postChannel: leadership,
      postTs: post.ts,
      createdAt: new Date("2026-11-20T10:00:00Z"),
    },
  });
}

async function click(userId: string, actionId: string, post: EmulatedMessage) {
  await h.driver.clickButton({
    userId,
    actionId,
    container: { channelId: leadership, messageTs: post.ts },
  });
}

async function refusalTo(userId: string, before: number) {
  return h.whenIdle(() =>
    h.emulator.responseUrlPosts.slice(before).find((p) => p.origin.userId === userId),
  );
}

describe("reply buttons on posts drawn before the change", () => {
  it("a training-day post's old button (old id 1, now 41) opens the reply and answers the request", async () => {
    const post = await oldPost("training_day_reply", 1);
    const request = await migratedRequest("training_day", 41, post);

    await click(CAST.member.id, "training_day_reply", post);
    const view = await h.whenIdle(() => h.emulator.openViews(CAST.member.id).at(-1));
    expect(view.title?.text).toBe("Reply to request");
    expect(JSON.parse(view.private_metadata ?? "")).toEqual({ id: request.id });

    const reply = "Happy to help: we will be in touch about dates.";
    const sent = await h.driver.submitView({ userId: CAST.member.id, values: { reply } });
    expect(sent.viewEffect).toEqual({ kind: "closed" });

    const stored = await h.bot.db.leadershipRequest.findUniqueOrThrow({
      where: { id: request.id },
    });
    expect(stored.reply).toBe(reply);
    const dm = await h.whenIdle(() =>
      h.emulator.messagesIn(h.emulator.dmChannelFor(CAST.trainee.id)).at(-1),
    );
    expect(dm.text).toContain("replied to your request for a leaders' training day");
    const redrawn = await h.whenIdle(() => {
      const message = h.emulator.message(leadership, post.ts);
      return message?.editedTs ? message : undefined;
    });
    expect(json(redrawn.blocks)).toContain(`Answered by <@${CAST.member.id}>`);
    expect(json(redrawn.blocks)).not.toContain('"action_id"');
  });

  it("an interest form's old button opens the reply with advice for that request", async () => {
    const post = await oldPost("enquiry_reply", 7);
    const request = await migratedRequest("interest_form", 7, post);
    await click(CAST.leader.id, "enquiry_reply", post);
    const view = await h.whenIdle(() => h.emulator.openViews(CAST.leader.id).at(-1));
    expect(view.title?.text).toBe("Reply with advice");
    expect(JSON.parse(view.private_metadata ?? "")).toEqual({ id: request.id });
  });

  it("refuses a button whose post carries no request, or a request of another kind", async () => {
    const stray = await oldPost("enquiry_reply", 9);
    let before = h.emulator.responseUrlPosts.length;
    await click(CAST.admin.id, "enquiry_reply", stray);
    expect(json((await refusalTo(CAST.admin.id, before)).body)).toContain(
      "That request no longer exists.",
    );

    const mismatched = await oldPost("enquiry_reply", 2);
    await migratedRequest("training_day", 52, mismatched);
    before = h.emulator.responseUrlPosts.length;
    await click(CAST.admin.id, "enquiry_reply", mismatched);
    expect(json((await refusalTo(CAST.admin.id, before)).body)).toContain(
      "That post no longer carries a request to answer.",
    );
    expect(h.emulator.openViews(CAST.admin.id)).toHaveLength(0);
  });

  it("refuses today's button when its id is not the request its post carries", async () => {
    const post = await oldPost("leadership_request_reply", 99);
    await migratedRequest("interest_form", 63, post);
    const before = h.emulator.responseUrlPosts.length;
    await click(CAST.admin.id, "leadership_request_reply", post);
    expect(json((await refusalTo(CAST.admin.id, before)).body)).toContain(
      "That post no longer carries a request to answer.",
    );
    expect(h.emulator.openViews(CAST.admin.id)).toHaveLength(0);
  });
});
