import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmulatedMessage } from "../../src/dev/emulator/index.ts";
import { listLeaders } from "../../src/services/register/list-leaders.ts";
import { submitSupervisorReport } from "../../src/services/supervision/submit-supervisor-report.ts";
import { APPLICATION_IDS } from "../../src/slack/features/applications/ids.ts";
import { ACKNOWLEDGE_VALUE } from "../../src/slack/features/applications/views/apply-modal.ts";
import {
  applyThroughSlack,
  clickDecision,
  directMessage,
  latestEphemeral,
  people,
  responseTo,
  seedTraineeWithoutReport,
  subcommitteePost,
  topView,
} from "../slack/applications/e2e-support.ts";
import { commandReply, type Harness, lookAtHome, startHarness } from "../support/bot-harness.ts";
import { CAST, escapedMention } from "../support/cast.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ now: "2026-11-26T10:00:00Z" });
  await seedTraineeWithoutReport(h);
});
afterAll(async () => {
  await h.stop();
});

const SAM = CAST.trainee.id;
const STATEMENT =
  "I have co-led a weekly Balint group with Dr Ahmed for two years, with regular supervision.";
const QUESTION = "Please tell us more about the groups you co-led and who your co-leaders were.";
const REPORT =
  "Sam holds the group's boundaries well and keeps the focus on the doctor-patient relationship.";

const textOf = (value: unknown) => JSON.stringify(value);
const hasButtons = (message: EmulatedMessage) => message.blocks.some((b) => b.type === "actions");
const homePublishesFor = (userId: string) =>
  h.emulator.callsTo("views.publish").filter((call) => call.args.user_id === userId).length;

async function application() {
  return h.bot.db.application.findFirstOrThrow({ include: { trainee: true } });
}

async function decide(decision: "more_info" | "recommend", reason: string) {
  const { postChannel, postTs } = await application();
  const post = h.emulator.message(postChannel ?? "", postTs ?? "");
  if (!post) throw new Error("no post");
  await clickDecision(h, "member", post, decision);
  await topView(h, CAST.member.id, APPLICATION_IDS.decisionView);
  return h.driver.submitView({ userId: CAST.member.id, values: { reason } });
}

describe("from applying to the register", () => {
  it("shows the checklist privately, with the gaps and 'Apply anyway'", async () => {
    await h.driver.slashCommand({ userId: SAM, text: "apply" });
    const answer = await latestEphemeral(h, SAM, "Your checklist");
    const text = textOf(answer.blocks);
    expect(text).toContain("*Still missing:* Supervision; Supervisor's report.");
    expect(text).toContain("Apply anyway — I have seen the gaps");
    expect(text).toContain("✅ *Co-led sessions*");
  });

  it("keeps the form open, with its errors, until the statement and the acknowledgement are there", async () => {
    const form = await applyThroughSlack(h, "trainee", { statement: "Too short." });
    const view = h.emulator.openViews(SAM).at(-1);
    expect(textOf(view)).toContain("I have seen the gaps and still want to apply");
    const short = await form.submit();
    expect(short.body).toEqual({
      response_action: "errors",
      errors: { statement: "Please write a statement of at least 20 characters." },
    });
    const unacknowledged = await h.driver.submitView({
      userId: SAM,
      values: { statement: STATEMENT },
    });
    expect(unacknowledged.body).toMatchObject({
      response_action: "errors",
      errors: { acknowledge: "Tick the box to confirm you have seen the gaps." },
    });
    expect(await h.bot.db.application.count()).toBe(0);

    const sent = await h.driver.submitView({
      userId: SAM,
      values: { statement: STATEMENT, acknowledge: [ACKNOWLEDGE_VALUE] },
    });
    expect(sent.viewEffect).toEqual({ kind: "closed" });
  });

  it("posts the application to the subcommittee with the checklist, statement, report state and buttons", async () => {
    const post = await subcommitteePost(h, SAM, "Application for accreditation");
    const text = textOf(post.blocks);
    expect(text).toContain(`<@${SAM}> applied on 26 Nov 2026`);
    expect(text).toContain("*Still missing:* Supervision; Supervisor's report.");
    expect(text).toContain("*Supervisor's report:* no report yet.");
    expect(text).toContain("co-led a weekly Balint group");
    expect(text).toContain("Recommend to Council");
    expect(text).toContain("Ask for more information");
    expect(text).toContain("Not yet");
    // The bot records where it posted once Slack has answered, a moment after the post exists.
    await expect.poll(application).toMatchObject({
      status: "submitted",
      postChannel: post.channel,
      postTs: post.ts,
    });
    await directMessage(h, SAM, "is with the leadership subcommittee");
  });

  it("asks for more information: the post shows who, when and why and waits for the trainee", async () => {
    h.clock.set("2026-11-27T15:00:00Z");
    // An admin opens Recommend now and sends it only after the trainee has resubmitted (below).
    const { postChannel, postTs } = await application();
    const before = h.emulator.message(postChannel ?? "", postTs ?? "");
    if (!before) throw new Error("no post");
    await clickDecision(h, "admin", before, "recommend");
    await topView(h, CAST.admin.id, APPLICATION_IDS.decisionView);
    const answer = await decide("more_info", QUESTION);
    expect(answer.viewEffect).toEqual({ kind: "closed" });
    const post = await subcommitteePost(h, SAM, "More information requested");
    expect(textOf(post.blocks)).toContain(`by <@${CAST.member.id}> on 27 Nov 2026`);
    expect(textOf(post.blocks)).toContain(QUESTION);
    expect(textOf(post.blocks)).toContain(`Waiting for <@${SAM}> to update and resubmit`);
    expect(hasButtons(post)).toBe(false);
    const dm = await directMessage(h, SAM, "asked for more information");
    expect(textOf(dm)).toContain(QUESTION);
  });

  it("lets the trainee update and resubmit; the post shows it and the buttons come back", async () => {
    const { actor, ref, ctx } = people(h);
    h.clock.set("2026-11-30T09:00:00Z");
    await submitSupervisorReport(ctx(), actor("leader"), {
      trainee: ref("trainee"),
      text: REPORT,
      discussedWithTrainee: true,
      readyToApply: true,
    });
    await h.driver.slashCommand({ userId: SAM, text: "apply" });
    const answer = await latestEphemeral(h, SAM, "Update and resubmit");
    expect(textOf(answer.blocks)).toContain(QUESTION);
    await h.driver.clickButton({
      userId: SAM,
      actionId: APPLICATION_IDS.openForm,
      container: { channelId: answer.channel, messageTs: answer.ts, ephemeral: true },
    });
    const form = await topView(h, SAM, APPLICATION_IDS.formView, "Update application");
    expect(textOf(form)).toContain(STATEMENT);
    expect(textOf(form)).toContain(QUESTION);
    const updated = `${STATEMENT} My co-leaders were Dr Ahmed and Dr Brown, in Leeds.`;
    const sent = await h.driver.submitView({ userId: SAM, values: { statement: updated } });
    expect(sent.viewEffect).toEqual({ kind: "closed" });

    const post = await subcommitteePost(h, SAM, "and resubmitted on 30 Nov 2026");
    const text = textOf(post.blocks);
    expect(text).toContain("My co-leaders were Dr Ahmed and Dr Brown");
    expect(text).toContain(REPORT);
    expect(text).toContain("Waiting for the subcommittee's decision");
    expect(hasButtons(post)).toBe(true);
    const announcement = await h.whenIdle(() =>
      h.emulator.messagesIn(post.channel).find((m) => m.threadTs === post.ts && !m.files),
    );
    expect(announcement.text).toContain("has updated and resubmitted");
    await directMessage(h, SAM, "Your updated application is back");
  });

  it("decides nothing from a form opened before the resubmission: it was not read", async () => {
    const stale = await h.driver.submitView({
      userId: CAST.admin.id,
      values: { reason: "Recommended, as the first statement showed." },
    });
    expect(stale.viewEffect).toMatchObject({ kind: "updated" });
    expect(textOf(stale.body)).toContain("changed after you opened the form");
    expect((await application()).status).toBe("resubmitted");
  });

  it("recommends it to the Council: the buttons go and the trainee is told why", async () => {
    h.clock.set("2026-12-01T11:00:00Z");
    await lookAtHome(h, SAM);
    const publishes = homePublishesFor(SAM);
    const answer = await decide("recommend", "A thorough portfolio and a strong report.");
    expect(answer.viewEffect).toEqual({ kind: "closed" });
    const post = await subcommitteePost(h, SAM, "Recommended to the Balint Council");
    expect(textOf(post.blocks)).toContain("admin accredit");
    expect(hasButtons(post)).toBe(false);
    const dm = await directMessage(h, SAM, "recommended your application");
    expect(textOf(dm)).toContain("A thorough portfolio and a strong report.");
    await h.whenIdle(() => homePublishesFor(SAM) > publishes);
  });

  it("refuses `admin accredit` from someone who is not an admin, changing nothing", async () => {
    await h.driver.slashCommand({
      userId: CAST.member.id,
      text: `admin accredit ${escapedMention("trainee")}`,
    });
    await responseTo(h, CAST.member.id, "Only the bot's admins");
    expect(await h.bot.db.accreditedLeader.count()).toBe(1);
  });

  it("explains a missing person or a bad date in `admin accredit`", async () => {
    await h.driver.slashCommand({ userId: CAST.admin.id, text: "admin accredit" });
    await responseTo(h, CAST.admin.id, "Name the person to accredit with @.");
    await h.driver.slashCommand({
      userId: CAST.admin.id,
      text: `admin accredit ${escapedMention("trainee")} 31/02/2026`,
    });
    await responseTo(h, CAST.admin.id, "31/02/2026");
    expect(await h.bot.db.accreditedLeader.count()).toBe(1);
  });

  it("records the Council's decision: the register lists the person, who is congratulated", async () => {
    h.clock.set("2026-12-03T10:00:00Z");
    await lookAtHome(h, SAM);
    const publishes = homePublishesFor(SAM);
    const reply = await commandReply(
      h,
      CAST.admin.id,
      `admin accredit ${escapedMention("trainee")} 2026-12-02`,
    );
    expect(JSON.stringify(reply.body)).toContain(
      "is now on the register of accredited leaders, accredited on 2 Dec 2026",
    );
    await directMessage(h, SAM, "Congratulations");
    await h.whenIdle(() => homePublishesFor(SAM) > publishes);
    const post = await subcommitteePost(h, SAM, "Accredited by the Balint Council on 2 Dec 2026");
    expect(hasButtons(post)).toBe(false);

    const { ctx } = people(h);
    const { leaders } = await listLeaders(ctx());
    expect(leaders).toContainEqual(
      expect.objectContaining({ slackUserId: SAM, accreditedOn: "2026-12-02" }),
    );
    const before = h.emulator.responseUrlPosts.length;
    const listed = await h.driver.slashCommand({ userId: CAST.newcomer.id, text: "leaders" });
    const register = await h.whenIdle(
      () =>
        textOf(listed.body).includes(SAM) ||
        h.emulator.responseUrlPosts.slice(before).some((p) => textOf(p.body).includes(SAM)),
    );
    expect(register).toBe(true);
  });

  it("kept every transition in the status history and the audit log", async () => {
    const stored = await application();
    const events = await h.bot.db.applicationEvent.findMany({
      where: { applicationId: stored.id },
      orderBy: { id: "asc" },
      include: { actor: true },
    });
    expect(
      events.map((e) => [e.fromStatus, e.toStatus, e.actor.slackUserId, e.reason !== null]),
    ).toEqual([
      [null, "submitted", SAM, false],
      ["submitted", "more_info_requested", CAST.member.id, true],
      ["more_info_requested", "resubmitted", SAM, false],
      ["resubmitted", "recommended", CAST.member.id, true],
      ["recommended", "accredited", CAST.admin.id, true],
    ]);
    expect(events.map((e) => e.at.toISOString())).toEqual([
      "2026-11-26T10:00:00.000Z",
      "2026-11-27T15:00:00.000Z",
      "2026-11-30T09:00:00.000Z",
      "2026-12-01T11:00:00.000Z",
      "2026-12-03T10:00:00.000Z",
    ]);
    const audit = await h.bot.db.auditLog.findMany({
      where: {
        OR: [{ subjectType: "application", subjectId: stored.id }, { action: "leader.accredited" }],
      },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual([
      "application.submitted",
      "application.more_info_requested",
      "application.resubmitted",
      "application.recommended",
      "application.accredited",
      "leader.accredited",
    ]);
    const written = [...audit.map((row) => row.details ?? ""), ...h.logLines].join("\n");
    for (const privateText of ["co-led a weekly", "holds the group's boundaries", QUESTION]) {
      expect(written).not.toContain(privateText);
    }
  });

  it("tells the new leader there is nothing left to apply for", async () => {
    await h.driver.slashCommand({ userId: SAM, text: "apply" });
    await latestEphemeral(h, SAM, "register of accredited leaders since 2 Dec 2026");
  });
});
