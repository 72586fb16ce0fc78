import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmulatedView } from "../../src/dev/emulator/index.ts";
import { ADMIN_IDS } from "../../src/slack/features/admin/ids.ts";
import { APPLICATION_IDS } from "../../src/slack/features/applications/ids.ts";
import { ACKNOWLEDGE_VALUE } from "../../src/slack/features/applications/views/apply-modal.ts";
import { ENQUIRY_IDS } from "../../src/slack/features/enquiries/ids.ts";
import { LOGGING_IDS } from "../../src/slack/features/logging/ids.ts";
import { PROFILE_IDS } from "../../src/slack/features/profile/ids.ts";
import { SUPERVISION_IDS } from "../../src/slack/features/supervision/ids.ts";
import { SHARED_IDS } from "../../src/slack/ids.ts";
import { seedTraineeWithoutReport } from "../slack/applications/e2e-support.ts";
import { type Harness, startHarness } from "../support/bot-harness.ts";
import { CAST, type CastMember } from "../support/cast.ts";

const textOf = (value: unknown) => JSON.stringify(value);
const STATEMENT =
  "I have co-led a weekly Balint group for two years and been supervised throughout.";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ now: "2026-11-26T10:00:00Z" });
  await seedTraineeWithoutReport(h);
  await h.bot.outbox.idle();
});
afterAll(async () => {
  await h.stop();
});

/** Opens `who`'s Home and waits for a publish holding `containing`. */
async function homeOf(who: CastMember, containing: string): Promise<EmulatedView> {
  const before = h.emulator.callsTo("views.publish").length;
  await h.driver.openHome({ userId: CAST[who].id });
  await h.emulator.waitUntil(() => h.emulator.callsTo("views.publish").length > before);
  return h.emulator.waitUntil(() => {
    const view = h.emulator.homeView(CAST[who].id);
    return view && textOf(view.blocks).includes(containing) ? view : undefined;
  });
}

/** Clicks a button on a Home tab as `who` (anyone can send any button) and returns the modal it opens. */
async function clickOnHome(
  who: CastMember,
  home: EmulatedView,
  actionId: string,
  options: { blockId?: string; value?: string; showing?: string } = {},
): Promise<EmulatedView> {
  const userId = CAST[who].id;
  for (const open of h.emulator.openViews(userId).slice(0, 1))
    h.emulator.closeView(userId, open.id);
  const response = await h.driver.clickButton({
    userId,
    actionId,
    container: { viewId: home.id },
    ...(options.blockId ? { blockId: options.blockId } : {}),
    ...(options.value ? { value: options.value } : {}),
  });
  expect(response.status).toBe(200);
  return h.emulator.waitUntil(
    () => {
      const top = h.emulator.openViews(userId).at(-1);
      const ready = top && (!options.showing || textOf(top).includes(options.showing));
      return ready ? top : undefined;
    },
    3_000,
    () =>
      `no modal showing ${options.showing ?? actionId}: ${textOf(h.emulator.openViews(userId))}`,
  );
}

/** A form has inputs; a refusal or a notice has none. */
const isForm = (view: EmulatedView) => view.blocks.some((b) => b.type === "input");

const headers = (view: EmulatedView) =>
  view.blocks.filter((b) => b.type === "header").map((b) => textOf(b));

describe("the newcomer's Home", () => {
  it("says what the pathway is, with buttons for the interest form, profile and logging", async () => {
    const home = await homeOf("newcomer", "New here?");
    expect(textOf(home.blocks)).toContain("co-leading at least 20 sessions");
    expect(headers(home).join()).not.toMatch(/Your pathway|Your trainees|subcommittee|Admin/);
    const interest = await clickOnHome("newcomer", home, SHARED_IDS.openInterest);
    expect(interest.callback_id).toBe(ENQUIRY_IDS.interestForm);
    const profile = await clickOnHome("newcomer", home, SHARED_IDS.openProfile, {
      blockId: "home_newcomer_actions",
      showing: "Professional training",
    });
    expect(profile.callback_id).toBe(PROFILE_IDS.form);
    const log = await clickOnHome("newcomer", home, SHARED_IDS.openLog, {
      blockId: "home_newcomer_actions",
    });
    expect(log.callback_id).toBe(LOGGING_IDS.logModal);
    const trainingDay = await clickOnHome("newcomer", home, ENQUIRY_IDS.openTrainingDay);
    expect(trainingDay.callback_id).toBe(ENQUIRY_IDS.trainingDayForm);
    const leaders = await clickOnHome("newcomer", home, SUPERVISION_IDS.showLeaders, {
      showing: "register of accredited leaders",
    });
    expect(textOf(leaders.blocks)).toContain(`<@${CAST.leader.id}>`);
  });
});

describe("the trainee's Home", () => {
  it("has the checklist with Log, My sessions, Ask a supervisor and Apply, each opening its form", async () => {
    const home = await homeOf("trainee", "Your pathway to accreditation");
    expect(textOf(home.blocks)).not.toContain("New here?");
    const log = await clickOnHome("trainee", home, SHARED_IDS.openLog, {
      blockId: LOGGING_IDS.homeActionsBlock,
    });
    expect(log.callback_id).toBe(LOGGING_IDS.logModal);
    const sessions = await clickOnHome("trainee", home, LOGGING_IDS.openSessions, {
      showing: "20 co-led sessions",
    });
    expect(sessions.callback_id).toBe(LOGGING_IDS.sessionsView);
    expect(textOf(sessions)).not.toContain("Notes on the group process");

    const ask = await clickOnHome("trainee", home, SUPERVISION_IDS.askSupervisor);
    expect(ask.callback_id).toBe(SUPERVISION_IDS.askSupervisorModal);
    const unchosen = await h.driver.submitView({ userId: CAST.trainee.id, values: {} });
    expect(unchosen.viewEffect).toMatchObject({ kind: "errors" });

    const form = await clickOnHome("trainee", home, APPLICATION_IDS.openForm, {
      showing: "statement",
    });
    expect(form.callback_id).toBe(APPLICATION_IDS.formView);
    const sent = await h.driver.submitView({
      userId: CAST.trainee.id,
      values: { statement: STATEMENT, acknowledge: [ACKNOWLEDGE_VALUE] },
    });
    expect(sent.viewEffect).toEqual({ kind: "closed" });
    await h.bot.outbox.idle();
    const after = await homeOf("trainee", "Your application");
    expect(textOf(after.blocks)).toContain("*Your application* of 26 Nov 2026: ");
    expect(textOf(after.blocks)).not.toContain(`"${APPLICATION_IDS.openForm}"`);
  });

  it("asks a supervisor from the form as the command does", async () => {
    const home = await homeOf("newcomer", "New here?");
    await clickOnHome("newcomer", home, SHARED_IDS.openLog, { blockId: "home_newcomer_actions" });
    h.emulator.closeView(CAST.newcomer.id, h.emulator.openViews(CAST.newcomer.id)[0]?.id ?? "");
    const traineeHome = await homeOf("trainee", "Your pathway");
    // The newcomer clicks Sam's button: the request is the newcomer's own, never Sam's.
    await clickOnHome("newcomer", traineeHome, SUPERVISION_IDS.askSupervisor);
    const asked = await h.driver.submitView({
      userId: CAST.newcomer.id,
      values: { supervisor: CAST.leader.id },
    });
    expect(textOf(asked.body)).toContain(`I've asked <@${CAST.leader.id}> to be your supervisor`);
    const requests = await h.bot.db.supervision.findMany({
      where: { state: "requested" },
      include: { trainee: true },
    });
    expect(requests.map((r) => r.trainee.slackUserId)).toEqual([CAST.newcomer.id]);
  });
});

describe("the supervisor's Home", () => {
  it("has Sign off competencies and Write report beside each trainee, opening those forms", async () => {
    const home = await homeOf("leader", "Sign off competencies");
    const blockId = `home_trainee_${CAST.trainee.id}`;
    const competencies = await clickOnHome("leader", home, SUPERVISION_IDS.openCompetencies, {
      blockId,
      showing: SUPERVISION_IDS.competenciesModal,
    });
    expect(textOf(competencies)).toContain("C1");
    const report = await clickOnHome("leader", home, SUPERVISION_IDS.openReport, {
      blockId,
      showing: SUPERVISION_IDS.reportModal,
    });
    expect(report.callback_id).toBe(SUPERVISION_IDS.reportModal);
  });

  it("refuses the same buttons to anyone but the trainee's supervisor, showing nothing of them", async () => {
    const home = await homeOf("leader", "Sign off competencies");
    const refused = await clickOnHome("stranger", home, SUPERVISION_IDS.openReport, {
      blockId: `home_trainee_${CAST.trainee.id}`,
      showing: "supervisor",
    });
    expect(isForm(refused)).toBe(false);
    expect(textOf(refused)).not.toContain("Demonstrated");

    const dm = h.emulator.dmChannelFor(CAST.leader.id);
    const opened = h.emulator.callsTo("views.open").length;
    await h.driver.clickButton({
      userId: CAST.leader.id,
      actionId: SUPERVISION_IDS.openReport,
      blockId: `home_trainee_${CAST.trainee.id}`,
      value: '{"user":"<!channel>"}',
      container: { viewId: home.id },
    });
    await h.emulator.waitUntil(() =>
      h.emulator.messagesIn(dm).some((m) => m.text.includes("That button is out of date")),
    );
    expect(h.emulator.callsTo("views.open").length).toBe(opened);
  });
});

describe("the subcommittee member's Home", () => {
  it("lists pending applications oldest first with Open, and this month's decisions", async () => {
    const home = await homeOf("member", "The subcommittee's applications");
    const text = textOf(home.blocks);
    expect(text).toContain("Waiting for a decision (1), oldest first");
    expect(text).toContain(`<@${CAST.trainee.id}>`);
    expect(text).toContain("Decisions this month:* none yet.");
    const opened = await clickOnHome("member", home, SHARED_IDS.openApplication, {
      showing: STATEMENT.slice(0, 30),
    });
    expect(opened.callback_id).toBe(APPLICATION_IDS.readOnlyView);
  });

  it("is not shown to people outside the subcommittee's channel", async () => {
    const home = await homeOf("trainee", "Your pathway");
    expect(textOf(home.blocks)).not.toContain("The subcommittee's applications");
  });
});

describe("the admin's Home", () => {
  it("shows the register with Remove, the jobs' last runs, and Add / run-now buttons", async () => {
    const home = await homeOf("admin", "The register of accredited leaders");
    const text = textOf(home.blocks);
    expect(text).toContain(`<@${CAST.leader.id}>, accredited on 1 Mar 2015`);
    expect(text).toContain("*Weekly digest*: has not run yet.");
    expect(text).toContain(`"${ADMIN_IDS.runDigest}"`);
    expect(textOf((await homeOf("leader", "Your trainees")).blocks)).not.toContain(
      ADMIN_IDS.addLeader,
    );
  });

  it("adds and removes a leader through the forms", async () => {
    const home = await homeOf("admin", "The register of accredited leaders");
    const add = await clickOnHome("admin", home, ADMIN_IDS.addLeader, {
      showing: ADMIN_IDS.addLeaderModal,
    });
    expect(add.callback_id).toBe(ADMIN_IDS.addLeaderModal);
    const added = await h.driver.submitView({
      userId: CAST.admin.id,
      values: { person: CAST.member.id, accreditedOn: "2020-02-02" },
    });
    expect(textOf(added.body)).toContain(`Added <@${CAST.member.id}> to the register`);
    const withMember = await homeOf("admin", `<@${CAST.member.id}>, accredited on 2 Feb 2020`);

    const remove = await clickOnHome("admin", withMember, ADMIN_IDS.removeLeader, {
      value: JSON.stringify({ user: CAST.member.id }),
      showing: ADMIN_IDS.removeLeaderModal,
    });
    expect(textOf(remove)).toContain(`"initial_user":"${CAST.member.id}"`);
    const removed = await h.driver.submitView({
      userId: CAST.admin.id,
      values: { person: CAST.member.id },
    });
    expect(textOf(removed.body)).toContain(`Removed <@${CAST.member.id}> from the register`);
  });

  it("runs the digest and the reminders now, answering in a modal", async () => {
    const home = await homeOf("admin", "The register of accredited leaders");
    const digest = await clickOnHome("admin", home, ADMIN_IDS.runDigest, {
      showing: "Posting the digest",
    });
    expect(textOf(digest)).toContain("1 application waiting");
    const reminders = await clickOnHome("admin", home, ADMIN_IDS.runReminders, {
      showing: "Reminders run now",
    });
    expect(reminders.type).toBe("modal");
  });

  it("refuses the admin's buttons to anyone else, changing nothing", async () => {
    const home = await homeOf("admin", "The register of accredited leaders");
    const posts = h.emulator.callsTo("chat.postMessage").length;
    for (const actionId of [ADMIN_IDS.addLeader, ADMIN_IDS.runDigest, ADMIN_IDS.runReminders]) {
      const refused = await clickOnHome("stranger", home, actionId, { showing: "Only admins" });
      expect(isForm(refused)).toBe(false);
    }
    await h.bot.outbox.idle();
    expect(h.emulator.callsTo("chat.postMessage").length).toBe(posts);
  });
});
