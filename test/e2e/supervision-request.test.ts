import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  buildBlockActions,
  buildButtonAction,
  encodeInteraction,
  findElement,
} from "../../src/dev/emulator/index.ts";
import { section } from "../../src/slack/views/blocks.ts";
import { postAsBot } from "../slack/applications/e2e-support.ts";
import {
  command,
  dmMessages,
  logColed,
  makeSupervisor,
  postsTo,
  privateReplies,
  registerLeader,
  textOf,
  waitForButton,
  waitForPending,
} from "../slack/supervision/e2e-support.ts";
import { type Harness, startHarness } from "../support/bot-harness.ts";
import { CAST, CHANNELS, escapedMention } from "../support/cast.ts";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
  await registerLeader(h);
});
afterEach(async () => {
  await h.stop();
});

const ACCEPT = "supervision_request_accept";
const DECLINE = "supervision_request_decline";

async function supervisions() {
  return h.bot.db.supervision.findMany({
    orderBy: { id: "asc" },
    include: { supervisor: true },
  });
}

describe("asking for a supervisor", () => {
  it("refuses someone who is not an accredited leader, and writes nothing", async () => {
    await command(h, "trainee", `supervisor ${escapedMention("member")}`);
    await h.whenIdle(() => privateReplies(h, "trainee").length > 0);
    expect(privateReplies(h, "trainee").join()).toContain(
      `<@${CAST.member.id}> is not on the register of accredited leaders`,
    );
    expect(await supervisions()).toHaveLength(0);
    expect(dmMessages(h, "member")).toHaveLength(0);
  });

  it("asks for a person with @", async () => {
    await command(h, "trainee", "supervisor Dr Ahmed");
    await h.whenIdle(() => privateReplies(h, "trainee").length > 0);
    expect(privateReplies(h, "trainee").join()).toContain("/balint supervisor @Dr Ahmed");
  });

  it("sends the leader Accept / Decline; only they can answer; the trainee is told", async () => {
    const asked = await command(h, "trainee", `supervisor ${escapedMention("leader")}`);
    expect(textOf(asked.body)).toContain(`I've asked <@${CAST.leader.id}> to be your supervisor`);
    const request = await waitForButton(h, "leader", ACCEPT);
    expect(textOf(request.blocks)).toContain(
      `<@${CAST.trainee.id}> asks you to be their supervisor`,
    );
    expect(textOf(request.blocks)).toContain(DECLINE);

    const again = await command(h, "trainee", `supervisor ${escapedMention("leader")}`);
    expect(textOf(again.body)).toContain("already waiting for their answer");
    expect(postsTo(h, "leader")).toHaveLength(1);

    const container = { channelId: request.channel, messageTs: request.ts };
    await h.driver.clickButton({ userId: CAST.stranger.id, actionId: ACCEPT, container });
    await h.whenIdle(() => privateReplies(h, "stranger").length > 0);
    expect(privateReplies(h, "stranger").join()).toContain(
      "You can't answer that request: only the leader asked to supervise can.",
    );
    expect((await supervisions()).map((s) => s.state)).toEqual(["requested"]);

    h.clock.set("2026-11-27T09:15:00Z");
    await h.driver.clickButton({ userId: CAST.leader.id, actionId: ACCEPT, container });
    await h.whenIdle(() => dmMessages(h, "trainee").some((m) => m.text.includes("accepted")));
    expect((await supervisions()).map((s) => s.state)).toEqual(["active"]);
    const answered = textOf(h.emulator.message(request.channel, request.ts)?.blocks);
    expect(answered).toContain(
      `<@${CAST.leader.id}> accepted to supervise <@${CAST.trainee.id}> on 27 Nov 2026 at 09:15`,
    );
    expect(answered).not.toContain(ACCEPT);
    const audit = await h.bot.db.auditLog.findMany({ where: { action: "supervision.accepted" } });
    expect(audit).toHaveLength(1);
  });

  it("redraws only the leader's own DM, whatever message the click claims", async () => {
    await command(h, "trainee", `supervisor ${escapedMention("leader")}`);
    const request = await waitForButton(h, "leader", ACCEPT);
    const post = await postAsBot(h, [section("The leadership team's own post")]);
    const before = JSON.stringify(h.emulator.message(post.channel, post.ts));
    const accept = findElement(request.blocks, ACCEPT);
    if (!accept) throw new Error("no Accept button");
    const payload = buildBlockActions(
      {
        team: { id: h.emulator.workspace.teamId, domain: h.emulator.workspace.teamDomain },
        appId: h.emulator.workspace.appId,
        user: { id: CAST.leader.id, name: CAST.leader.name },
      },
      {
        action: buildButtonAction({
          actionId: ACCEPT,
          blockId: accept.blockId,
          text: "Accept",
          value: String(accept.element.value),
          actionTs: h.emulator.nextTs(),
        }),
        triggerId: h.emulator.issueTriggerId(CAST.leader.id),
        container: {
          type: "message",
          message_ts: post.ts,
          channel_id: post.channel,
          is_ephemeral: false,
        },
        channel: { id: post.channel, name: CHANNELS.subcommittee.name },
        responseUrl: h.emulator.issueResponseUrl({
          userId: CAST.leader.id,
          channelId: post.channel,
          messageTs: post.ts,
          isEphemeral: false,
        }),
      },
    );
    expect((await h.driver.send({ body: encodeInteraction(payload) })).status).toBe(200);
    await h.whenIdle(() => dmMessages(h, "trainee").some((m) => m.text.includes("accepted")));
    expect((await supervisions()).map((s) => s.state)).toEqual(["active"]);
    expect(JSON.stringify(h.emulator.message(post.channel, post.ts))).toBe(before);
  });

  it("tells the trainee when the leader declines", async () => {
    await command(h, "trainee", `supervisor ${escapedMention("leader")}`);
    const request = await waitForButton(h, "leader", DECLINE);
    await h.driver.clickButton({
      userId: CAST.leader.id,
      actionId: DECLINE,
      container: { channelId: request.channel, messageTs: request.ts },
    });
    await h.whenIdle(() => dmMessages(h, "trainee").some((m) => m.text.includes("declined")));
    expect((await supervisions()).map((s) => s.state)).toEqual(["declined"]);
    expect(textOf(h.emulator.message(request.channel, request.ts)?.blocks)).toContain(
      `<@${CAST.leader.id}> declined to supervise`,
    );
  });

  it("keeps the history when the trainee changes supervisor", async () => {
    await registerLeader(h, "member", "2018-01-01");
    await makeSupervisor(h, "trainee", "leader");
    await makeSupervisor(h, "trainee", "member");
    const rows = await supervisions();
    expect(rows.map((s) => [s.supervisor.slackUserId, s.state])).toEqual([
      [CAST.leader.id, "ended"],
      [CAST.member.id, "active"],
    ]);
    expect(rows[0]?.endedAt).not.toBeNull();
    const told = dmMessages(h, "trainee").map((m) => m.text);
    expect(told.at(-1)).toContain("Your previous supervision has ended; its history is kept.");
  });

  it("routes waiting sessions to the new supervisor once they accept", async () => {
    await logColed(h, "2026-11-20", "newcomer");
    expect(dmMessages(h, "leader")).toHaveLength(0);
    await makeSupervisor(h);
    const dm = await waitForPending(h, "leader", 1);
    expect(textOf(dm.blocks)).toContain(`<@${CAST.newcomer.id}> is not on the register`);
  });
});
