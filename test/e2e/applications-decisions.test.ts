import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmulatedMessage } from "../../src/dev/emulator/index.ts";
import { APPLICATION_IDS } from "../../src/slack/features/applications/ids.ts";
import { ACKNOWLEDGE_VALUE } from "../../src/slack/features/applications/views/apply-modal.ts";
import { SHARED_IDS } from "../../src/slack/ids.ts";
import { actions, button, section } from "../../src/slack/views/blocks.ts";
import {
  applyThroughSlack,
  clickDecision,
  directMessage,
  postAsBot,
  responseTo,
  subcommitteePost,
  topView,
} from "../slack/applications/e2e-support.ts";
import { type Harness, startHarness } from "../support/bot-harness.ts";
import { CAST } from "../support/cast.ts";

const STATEMENT = "I have been a member of a Balint group for six years and co-led for two.";

let h: Harness;
let post: EmulatedMessage;
let applicationId: number;
let firstAnswer: { channel: string; ts: string };
beforeAll(async () => {
  h = await startHarness({ now: "2026-11-26T10:00:00Z" });
  const form = await applyThroughSlack(h, "newcomer", {
    statement: STATEMENT,
    acknowledge: [ACKNOWLEDGE_VALUE],
  });
  firstAnswer = form.answer;
  await form.submit();
  post = await subcommitteePost(h, CAST.newcomer.id, "Application for accreditation");
  applicationId = (await h.bot.db.application.findFirstOrThrow()).id;
});
afterAll(async () => {
  await h.stop();
});

const textOf = (value: unknown) => JSON.stringify(value);
const decisions = () =>
  h.bot.db.applicationEvent.count({ where: { applicationId, fromStatus: { not: null } } });

describe("deciding applications", () => {
  it("refuses a second application while one is open, inside the form", async () => {
    await h.driver.clickButton({
      userId: CAST.newcomer.id,
      actionId: APPLICATION_IDS.openForm,
      container: { channelId: firstAnswer.channel, messageTs: firstAnswer.ts, ephemeral: true },
    });
    await topView(h, CAST.newcomer.id, APPLICATION_IDS.formView);
    const again = await h.driver.submitView({
      userId: CAST.newcomer.id,
      values: { statement: STATEMENT, acknowledge: [ACKNOWLEDGE_VALUE] },
    });
    expect(again.viewEffect).toMatchObject({ kind: "updated" });
    expect(textOf(again.body)).toContain("You already have an application open");
    expect(await h.bot.db.application.count()).toBe(1);
    await h.driver.closeView({ userId: CAST.newcomer.id });
  });

  it("refuses a click from outside the subcommittee, privately, and changes nothing", async () => {
    const before = h.emulator.callsTo("views.open").length;
    await clickDecision(h, "stranger", post, "recommend");
    await responseTo(h, CAST.stranger.id, "Only members of the leadership subcommittee");
    expect(h.emulator.callsTo("views.open").length).toBe(before);
    expect(h.emulator.openViews(CAST.stranger.id)).toEqual([]);
    expect(await decisions()).toBe(0);
    expect(h.emulator.message(post.channel, post.ts)?.editedTs).toBeUndefined();
  });

  it("keeps the reason modal open with an error when the reason is missing or too short", async () => {
    await clickDecision(h, "member", post, "not_yet");
    await topView(h, CAST.member.id, APPLICATION_IDS.decisionView, "Not yet");
    const empty = await h.driver.submitView({ userId: CAST.member.id, values: { reason: "" } });
    expect(empty.body).toEqual({
      response_action: "errors",
      errors: { reason: "Every decision needs a reason." },
    });
    expect(empty.viewEffect).toMatchObject({ kind: "errors" });
    const short = await h.driver.submitView({ userId: CAST.member.id, values: { reason: "No." } });
    expect(short.body).toMatchObject({
      errors: { reason: "Please give a reason of at least 5 characters." },
    });
    expect(await decisions()).toBe(0);
    await h.driver.closeView({ userId: CAST.member.id });
  });

  it("gives one decision when two members decide at once; the other is told it was already decided", async () => {
    await clickDecision(h, "member", post, "not_yet");
    await topView(h, CAST.member.id, APPLICATION_IDS.decisionView);
    await clickDecision(h, "admin", post, "not_yet");
    await topView(h, CAST.admin.id, APPLICATION_IDS.decisionView);

    const answers = await Promise.all([
      h.driver.submitView({
        userId: CAST.member.id,
        values: { reason: "More co-leading first, please." },
      }),
      h.driver.submitView({
        userId: CAST.admin.id,
        values: { reason: "Come back after a weekend course." },
      }),
    ]);
    const effects = answers.map((a) => a.viewEffect?.kind).sort();
    expect(effects).toEqual(["closed", "updated"]);
    const loser = answers.find((a) => a.viewEffect?.kind === "updated");
    expect(textOf(loser?.body)).toContain("Already decided");
    expect(textOf(loser?.body)).toContain("no longer waiting for a decision");
    expect(await decisions()).toBe(1);

    const stored = await h.bot.db.application.findUniqueOrThrow({ where: { id: applicationId } });
    expect(stored.status).toBe("not_yet");
    const updated = await subcommitteePost(h, CAST.newcomer.id, "*Not yet*, decided by");
    expect(updated.blocks.some((b) => b.type === "actions")).toBe(false);
    await directMessage(h, CAST.newcomer.id, "decided “not yet” on your application");
    const audit = await h.bot.db.auditLog.findMany({
      where: { subjectType: "application", subjectId: applicationId },
    });
    expect(audit.map((a) => a.action)).toEqual(["application.submitted", "application.not_yet"]);
  });

  it("opens an application from the digest's button for a subcommittee member", async () => {
    const digest = await postAsBot(h, [
      section("Applications waiting"),
      actions("digest_open", [
        button("Open", SHARED_IDS.openApplication, JSON.stringify({ id: applicationId })),
      ]),
    ]);
    await h.driver.clickButton({
      userId: CAST.member.id,
      actionId: SHARED_IDS.openApplication,
      container: { channelId: digest.channel, messageTs: digest.ts },
    });
    const view = await topView(
      h,
      CAST.member.id,
      APPLICATION_IDS.readOnlyView,
      "Application for accreditation",
    );
    expect(textOf(view)).toContain("six years");
    expect(view.blocks.some((b) => b.type === "actions")).toBe(false);

    await h.driver.clickButton({
      userId: CAST.stranger.id,
      actionId: SHARED_IDS.openApplication,
      container: { channelId: digest.channel, messageTs: digest.ts },
    });
    await responseTo(h, CAST.stranger.id, "Only members of the leadership subcommittee");
    expect(h.emulator.openViews(CAST.stranger.id)).toEqual([]);
  });

  it("lets the trainee apply again after “not yet”", async () => {
    await h.driver.slashCommand({ userId: CAST.newcomer.id, text: "apply" });
    const answer = await h.whenIdle(() =>
      h.emulator
        .ephemeralsFor(CAST.newcomer.id)
        .findLast((m) => textOf(m).includes("was “not yet”")),
    );
    const said = textOf(answer.blocks);
    expect(said.includes("More co-leading first") || said.includes("weekend course")).toBe(true);
    expect(textOf(answer.blocks)).toContain(APPLICATION_IDS.openForm);
  });
});
