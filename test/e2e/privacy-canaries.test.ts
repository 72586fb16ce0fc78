import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APPLICATION_IDS } from "../../src/slack/features/applications/ids.ts";
import { ACKNOWLEDGE_VALUE } from "../../src/slack/features/applications/views/apply-modal.ts";
import { ENQUIRY_IDS } from "../../src/slack/features/enquiries/ids.ts";
import {
  applyThroughSlack,
  clickDecision,
  subcommitteePost,
  topView,
} from "../slack/applications/e2e-support.ts";
import {
  command,
  eventually,
  makeSupervisor,
  registerLeader,
  waitForButton,
  waitForPending,
} from "../slack/supervision/e2e-support.ts";
import { commandReply, type Harness, startHarness } from "../support/bot-harness.ts";
import { CAST, CHANNELS, escapedMention } from "../support/cast.ts";

/** A unique canary in every free-text field a user can type. */
const canary = (field: string) => `canary${field}Zx7q keeps the group safe and the boundaries held`;
const C = {
  training: canary("ProfessionalTraining"),
  analysis: canary("AnalyticTraining"),
  oneLine: canary("OneLineNote"),
  modal: canary("ModalNote"),
  query: canary("QueryReason"),
  correction: canary("CorrectionNote"),
  comment: canary("CompetencyComment"),
  report: canary("SupervisorReport"),
  hopes: canary("EnquiryHopes"),
  groupWhere: canary("EnquiryWhere"),
  reply: canary("EnquiryReply"),
  area: canary("TrainingArea").slice(0, 100),
  details: canary("TrainingDetails"),
  trainingReply: canary("TrainingReply"),
  statement: canary("Statement"),
  decision: canary("DecisionReason"),
  command: canary("CommandText"),
};
const MARKERS = Object.values(C).map((text) => text.split(" ")[0] ?? text);

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ now: "2026-11-26T10:00:00Z", env: { LOG_LEVEL: "debug" } });
  await registerLeader(h);
  await makeSupervisor(h);
});
afterAll(async () => {
  await h.stop();
});

const leadership = CHANNELS.leadership.id;
const sam = CAST.trainee.id;
const ahmed = CAST.leader.id;

function closeViews(userId: string) {
  const bottom = h.emulator.openViews(userId)[0];
  if (bottom) h.emulator.closeView(userId, bottom.id);
}

async function openModal(userId: string, text: string) {
  closeViews(userId);
  await h.driver.slashCommand({ userId, text });
  return h.whenIdle(() =>
    h.emulator.openViews(userId).find((v) => !JSON.stringify(v.blocks).includes("One moment")),
  );
}

describe("at LOG_LEVEL=debug, over HTTP, with a canary in every free-text field", () => {
  it("runs every flow that takes free text", async () => {
    // The profile's professional and psychoanalytic training.
    await openModal(sam, "profile");
    await h.driver.submitView({
      userId: sam,
      values: {
        ukBalintMember: "yes",
        professionalTraining: C.training,
        psychoanalyticTraining: "yes",
        psychoanalyticTrainingDetails: C.analysis,
        pathwayStartedOn: "2025-03-01",
      },
    });
    expect(await h.bot.db.traineeProfile.count()).toBe(1);

    // One-line logging, then the logging modal.
    await commandReply(
      h,
      sam,
      `log coled 2026-11-20 with ${escapedMention("leader")} note ${C.oneLine}`,
    );
    await openModal(sam, "log");
    await h.driver.submitView({ userId: sam, values: { kind: "group_member", note: C.modal } });
    expect(await h.bot.db.activityEntry.count()).toBe(2);

    // The supervisor queries the co-led entry; the trainee corrects it with a new note.
    const dm = await waitForPending(h, "leader", 1);
    await h.driver.clickButton({
      userId: ahmed,
      actionId: "supervision_entry_query",
      container: { channelId: dm.channel, messageTs: dm.ts },
    });
    await h.whenIdle(() =>
      h.emulator.openViews(ahmed).find((v) => v.callback_id === "supervision_entry_query_modal"),
    );
    await h.driver.submitView({ userId: ahmed, values: { reason: C.query } });
    const notice = await waitForButton(h, "trainee", "supervision_entry_resubmit");
    await h.driver.clickButton({
      userId: sam,
      actionId: "supervision_entry_resubmit",
      container: { channelId: notice.channel, messageTs: notice.ts },
    });
    await h.whenIdle(() =>
      h.emulator.openViews(sam).find((v) => v.callback_id === "supervision_entry_resubmit_modal"),
    );
    await h.driver.submitView({
      userId: sam,
      values: { occurredOn: "2026-11-13", note: C.correction },
    });
    await eventually(
      async () =>
        (await h.bot.db.activityEntry.findFirst({ where: { state: "claimed" } })) ?? undefined,
    );

    // Competencies with a comment, then the supervisor's report.
    await openModal(ahmed, `competencies ${escapedMention("trainee")}`);
    await h.driver.submitView({
      userId: ahmed,
      values: {
        C1_rating: "demonstrated",
        C2_rating: "developing",
        C2_comment: C.comment,
        C3_rating: "developing",
        C4_rating: "not_observed",
        C5_rating: "demonstrated",
      },
    });
    await openModal(ahmed, `report ${escapedMention("trainee")}`);
    await h.driver.submitView({
      userId: ahmed,
      values: { text: C.report, discussed: ["yes"], ready: "yes" },
    });
    expect(await h.bot.db.supervisorReport.count()).toBe(1);

    // An enquiry and its reply; a training-day request and its reply.
    const newcomer = CAST.newcomer.id;
    let posts = h.emulator.messagesIn(leadership).length;
    await openModal(newcomer, "interest");
    await h.driver.submitView({
      userId: newcomer,
      values: {
        professionalTraining: "GP, general practice",
        ukBalintMember: "applying",
        psychoanalyticTraining: "no",
        groupSessions: "12",
        groupWhere: C.groupWhere,
        hopes: C.hopes,
      },
    });
    const enquiryPost = await h.whenIdle(() => h.emulator.messagesIn(leadership)[posts]);
    closeViews(ahmed);
    await h.driver.clickButton({
      userId: ahmed,
      actionId: ENQUIRY_IDS.replyToRequest,
      container: { channelId: leadership, messageTs: enquiryPost.ts },
    });
    await h.whenIdle(() => h.emulator.openViews(ahmed).at(-1));
    await h.driver.submitView({ userId: ahmed, values: { reply: C.reply } });
    posts = h.emulator.messagesIn(leadership).length;
    await openModal(newcomer, "trainingday");
    await h.driver.submitView({ userId: newcomer, values: { area: C.area, details: C.details } });
    const trainingPost = await h.whenIdle(() => h.emulator.messagesIn(leadership)[posts]);
    closeViews(ahmed);
    await h.driver.clickButton({
      userId: ahmed,
      actionId: ENQUIRY_IDS.replyToRequest,
      container: { channelId: leadership, messageTs: trainingPost.ts },
    });
    await h.whenIdle(() => h.emulator.openViews(ahmed).at(-1));
    await h.driver.submitView({ userId: ahmed, values: { reply: C.trainingReply } });
    await eventually(
      async () =>
        (await h.bot.db.leadershipRequest.findFirst({
          where: { kind: "training_day", reply: { not: null } },
        })) ?? undefined,
    );

    // An application and a decision with its reason.
    const form = await applyThroughSlack(h, "newcomer", {
      statement: C.statement,
      acknowledge: [ACKNOWLEDGE_VALUE],
    });
    await form.submit();
    const post = await subcommitteePost(h, newcomer, "Application for accreditation");
    await clickDecision(h, "member", post, "not_yet");
    await topView(h, CAST.member.id, APPLICATION_IDS.decisionView, "Not yet");
    await h.driver.submitView({ userId: CAST.member.id, values: { reason: C.decision } });
    await eventually(
      async () =>
        (await h.bot.db.applicationEvent.findFirst({ where: { toStatus: "not_yet" } })) ??
        undefined,
    );

    // Slash-command text after the subcommand, in a command that fails to parse.
    await command(h, "trainee", `log nonsense ${C.command}`);

    // Every free-text field was stored and reads back as typed (the correction replaced the
    // one-line note and cleared the query reason; the command text was refused).
    const stored = JSON.stringify([
      await h.bot.db.traineeProfile.findMany(),
      await h.bot.db.activityEntry.findMany(),
      await h.bot.db.competencySignOff.findMany(),
      await h.bot.db.supervisorReport.findMany(),
      await h.bot.db.leadershipRequest.findMany(),
      await h.bot.db.application.findMany({ include: { events: true } }),
    ]);
    for (const marker of MARKERS.filter((m) => !/OneLineNote|QueryReason|CommandText/.test(m))) {
      expect(stored, marker).toContain(marker);
    }
    // Let follow-up work (DMs, post updates, Home refreshes) finish and log.
    await h.idle();
  });

  it("wrote debug lines with times and request ids, and no canary in any of them", () => {
    const lines = h.logLines;
    expect(lines.some((line) => line.includes('"msg":"http request body: [redacted]"'))).toBe(true);
    const parsed = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(
      parsed.every((line) => typeof line.time === "string" && typeof line.level === "string"),
    ).toBe(true);
    expect(parsed.filter((line) => typeof line.requestId === "string").length).toBeGreaterThan(50);
    const all = lines.join("\n");
    for (const marker of MARKERS) expect(all, marker).not.toContain(marker);
  });

  it("with encryption on, left no canary in the database file or its WAL", () => {
    const file = h.config.DATABASE_URL.slice("file:".length);
    for (const path of [file, `${file}-wal`]) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(path);
      } catch {
        continue;
      }
      for (const marker of MARKERS)
        expect(bytes.includes(Buffer.from(marker)), `${marker} in ${path}`).toBe(false);
    }
  });
});
