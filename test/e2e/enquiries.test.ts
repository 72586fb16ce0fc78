import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmulatedMessage } from "../../src/dev/emulator/index.ts";
import { type Harness, startHarness } from "../support/bot-harness.ts";
import { CAST, CHANNELS } from "../support/cast.ts";
import { INTEREST_ANSWERS } from "../support/interest-form.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ now: "2026-11-26T10:00:00Z" });
});
afterAll(async () => {
  await h.stop();
});

const leadership = CHANNELS.leadership.id;
const json = (value: unknown) => JSON.stringify(value);

async function openForm(userId: string, text: string) {
  const response = await h.driver.slashCommand({ userId, text });
  expect(response.status).toBe(200);
  return h.whenIdle(() => h.emulator.openViews(userId).at(-1));
}

function hasButton(message: EmulatedMessage, actionId: string): boolean {
  return json(message.blocks).includes(`"action_id":"${actionId}"`);
}

async function newPost(before: number): Promise<EmulatedMessage> {
  return h.whenIdle(() => h.emulator.messagesIn(leadership)[before]);
}

async function dmsTo(userId: string, count: number): Promise<EmulatedMessage[]> {
  const channel = h.emulator.dmChannelFor(userId);
  return h.whenIdle(() => {
    const messages = h.emulator.messagesIn(channel);
    return messages.length >= count ? messages : undefined;
  });
}

async function rowCounts() {
  const db = h.bot.db;
  return {
    enquiries: await db.leadershipRequest.count({ where: { kind: "interest_form" } }),
    requests: await db.leadershipRequest.count({ where: { kind: "training_day" } }),
    audit: await db.auditLog.count(),
  };
}

describe("/balint interest", () => {
  let post: EmulatedMessage;

  it("opens the leadership interest form at once", async () => {
    const view = await openForm(CAST.trainee.id, "interest");
    expect(view.callback_id).toBe("enquiry_interest_form");
    expect(json(view.blocks)).toContain("There is no need for certificates at this stage.");
    expect(json(view.blocks)).toContain("please give no patient details");
  });

  it("answers empty required fields with errors beside them and writes nothing", async () => {
    const before = await rowCounts();
    const response = await h.driver.submitView({ userId: CAST.trainee.id, values: {} });
    expect(response.body).toMatchObject({ response_action: "errors" });
    expect(response.viewEffect).toEqual({
      kind: "errors",
      errors: {
        professionalTraining: expect.stringContaining("professional training"),
        ukBalintMember: expect.stringContaining("UK Balint Society"),
        psychoanalyticTraining: expect.stringContaining("psychoanalytic training"),
        groupSessions: expect.stringContaining("how many Balint group sessions"),
        hopes: expect.stringContaining("what you hope for"),
      },
    });
    expect(await rowCounts()).toEqual(before);
    expect(h.emulator.messagesIn(leadership)).toHaveLength(0);
    expect(h.emulator.openViews(CAST.trainee.id)).toHaveLength(1);
  });

  it("answers invalid answers with errors beside them and writes nothing", async () => {
    const before = await rowCounts();
    const response = await h.driver.submitView({
      userId: CAST.trainee.id,
      values: { ...INTEREST_ANSWERS, groupSessions: "-3", hopes: "ok" },
    });
    expect(response.viewEffect).toEqual({
      kind: "errors",
      errors: {
        groupSessions: "The number of group sessions cannot be negative.",
        hopes: "Please tell us what you hope for (at least 5 characters).",
      },
    });
    expect(await rowCounts()).toEqual(before);
  });

  it("stores a good form, posts it to the leadership team and tells the enquirer", async () => {
    const response = await h.driver.submitView({
      userId: CAST.trainee.id,
      values: INTEREST_ANSWERS,
    });
    expect(response.viewEffect).toEqual({ kind: "closed" });

    post = await newPost(0);
    expect(post.text).toContain(`<@${CAST.trainee.id}>`);
    expect(json(post.blocks)).toContain("*Professional training and field*\\nGP, general practice");
    expect(json(post.blocks)).toContain("*Where*\\nA practice group in Leeds");
    expect(hasButton(post, "leadership_request_reply")).toBe(true);

    const [dm] = await dmsTo(CAST.trainee.id, 1);
    expect(dm?.text).toContain("went to the leadership team, who will reply to you here");

    const enquiry = await h.bot.db.leadershipRequest.findFirstOrThrow({
      where: { kind: "interest_form" },
      include: { person: true },
    });
    expect(enquiry.person.slackUserId).toBe(CAST.trainee.id);
    expect(enquiry).toMatchObject({ postChannel: leadership, postTs: post.ts, answeredAt: null });
    expect(JSON.parse(enquiry.answers ?? "")).toMatchObject({
      groupSessions: 12,
      ukBalintMember: "applying",
    });
    // The secretary is not involved: nothing goes to the subcommittee channel.
    expect(h.emulator.messagesIn(CHANNELS.subcommittee.id)).toHaveLength(0);
  });

  it("refuses a stranger's Reply privately and changes nothing", async () => {
    const before = await rowCounts();
    const opens = h.emulator.callsTo("views.open").length;
    await h.driver.clickButton({
      userId: CAST.stranger.id,
      actionId: "leadership_request_reply",
      container: { channelId: leadership, messageTs: post.ts },
    });
    const refusal = await h.whenIdle(() =>
      h.emulator.responseUrlPosts.find((p) => p.origin.userId === CAST.stranger.id),
    );
    expect(refusal.body).toMatchObject({ response_type: "ephemeral" });
    expect(json(refusal.body)).toContain("Only the leadership team can reply");
    expect(h.emulator.callsTo("views.open")).toHaveLength(opens);
    expect(h.emulator.openViews(CAST.stranger.id)).toHaveLength(0);
    expect(await rowCounts()).toEqual(before);
    expect(
      hasButton(
        h.emulator.messagesIn(leadership)[0] as EmulatedMessage,
        "leadership_request_reply",
      ),
    ).toBe(true);
  });

  it("lets a leadership member reply: the enquirer gets it, the post shows who answered", async () => {
    // Two members of the team open the reply form at the same time.
    for (const who of [CAST.member.id, CAST.leader.id]) {
      await h.driver.clickButton({
        userId: who,
        actionId: "leadership_request_reply",
        container: { channelId: leadership, messageTs: post.ts },
      });
      await h.whenIdle(() => h.emulator.openViews(who).at(-1));
    }

    const tooShort = await h.driver.submitView({ userId: CAST.leader.id, values: { reply: "Hi" } });
    expect(tooShort.viewEffect).toEqual({
      kind: "errors",
      errors: { reply: "Please write a reply of at least 5 characters." },
    });

    h.clock.set("2026-11-27T09:30:00Z");
    const reply = "We suggest the Oxford weekend leadership course first.";
    const sent = await h.driver.submitView({ userId: CAST.leader.id, values: { reply } });
    expect(sent.viewEffect).toEqual({ kind: "closed" });

    const dms = await dmsTo(CAST.trainee.id, 2);
    expect(dms[1]?.text).toContain(`<@${CAST.leader.id}> from the leadership team replied`);
    expect(dms[1]?.text).toContain(reply);

    const updated = await h.whenIdle(() => {
      const message = h.emulator.message(leadership, post.ts);
      return message?.editedTs ? message : undefined;
    });
    expect(hasButton(updated, "leadership_request_reply")).toBe(false);
    expect(json(updated.blocks)).toContain(`Answered by <@${CAST.leader.id}> on 27 Nov 2026.`);
    expect(json(updated.blocks)).toContain("GP, general practice");

    const enquiry = await h.bot.db.leadershipRequest.findFirstOrThrow({
      where: { kind: "interest_form" },
      include: { answeredBy: true },
    });
    expect(enquiry.reply).toBe(reply);
    expect(enquiry.answeredBy?.slackUserId).toBe(CAST.leader.id);
  });

  it("refuses the second reply, in the modal, with who replied and when", async () => {
    const before = await rowCounts();
    const second = await h.driver.submitView({
      userId: CAST.member.id,
      values: { reply: "Have you thought about a training day?" },
    });
    expect(second.viewEffect).toEqual({
      kind: "errors",
      errors: { reply: `<@${CAST.leader.id}> already replied on 27 Nov 2026.` },
    });
    expect(await rowCounts()).toEqual(before);
    const enquiry = await h.bot.db.leadershipRequest.findFirstOrThrow({
      where: { kind: "interest_form" },
    });
    expect(enquiry.reply).toContain("Oxford");
    expect(h.emulator.messagesIn(h.emulator.dmChannelFor(CAST.trainee.id))).toHaveLength(2);
  });
});

describe("/balint trainingday", () => {
  let post: EmulatedMessage;

  it("opens the form; a missing area comes back beside the field", async () => {
    const view = await openForm(CAST.newcomer.id, "trainingday");
    expect(view.callback_id).toBe("enquiry_training_day_form");
    const before = await rowCounts();
    const response = await h.driver.submitView({ userId: CAST.newcomer.id, values: { area: " " } });
    expect(response.viewEffect).toEqual({
      kind: "errors",
      errors: { area: "Please name the area (at least 2 characters)." },
    });
    expect(await rowCounts()).toEqual(before);
  });

  it("posts a good request to the leadership team and tells the requester", async () => {
    const posts = h.emulator.messagesIn(leadership).length;
    await h.driver.submitView({
      userId: CAST.newcomer.id,
      values: { area: "Yorkshire", details: "For six GP trainers, in the spring" },
    });
    post = await newPost(posts);
    expect(post.text).toBe(`<@${CAST.newcomer.id}> asks for a leaders' training day in Yorkshire.`);
    expect(hasButton(post, "leadership_request_reply")).toBe(true);
    const [dm] = await dmsTo(CAST.newcomer.id, 1);
    expect(dm?.text).toContain("training day in Yorkshire went to the leadership team");
    const request = await h.bot.db.leadershipRequest.findFirstOrThrow({
      where: { kind: "training_day" },
    });
    expect(request).toMatchObject({ area: "Yorkshire", postChannel: leadership, postTs: post.ts });
  });

  it("lets an admin reply: the requester gets it and the post is updated", async () => {
    await h.driver.clickButton({
      userId: CAST.admin.id,
      actionId: "leadership_request_reply",
      container: { channelId: leadership, messageTs: post.ts },
    });
    await h.whenIdle(() => h.emulator.openViews(CAST.admin.id).at(-1));
    const reply = "Happy to help: we will be in touch about dates in April.";
    await h.driver.submitView({ userId: CAST.admin.id, values: { reply } });

    const dms = await dmsTo(CAST.newcomer.id, 2);
    expect(dms[1]?.text).toContain(
      `<@${CAST.admin.id}> from the leadership team replied to your request for a leaders' training day`,
    );
    expect(dms[1]?.text).toContain(reply);
    const updated = await h.whenIdle(() => {
      const message = h.emulator.message(leadership, post.ts);
      return message?.editedTs ? message : undefined;
    });
    expect(hasButton(updated, "leadership_request_reply")).toBe(false);
    expect(json(updated.blocks)).toContain(`Answered by <@${CAST.admin.id}>`);
    const request = await h.bot.db.leadershipRequest.findFirstOrThrow({
      where: { kind: "training_day" },
    });
    expect(request.reply).toBe(reply);
  });
});
