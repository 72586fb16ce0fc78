import type { KnownBlock } from "@slack/types";
import { WebClient } from "@slack/web-api";
import type { EmulatedMessage, EmulatedView } from "../../../src/dev/emulator/index.ts";
import type { PersonRef } from "../../../src/domain/person-ref.ts";
import { decideEntry } from "../../../src/services/confirmations/decide-entry.ts";
import type { Actor, ServiceContext } from "../../../src/services/context.ts";
import { logEntry } from "../../../src/services/entries/log-entry.ts";
import { setUpProfile } from "../../../src/services/progress/set-up-profile.ts";
import { addLeader } from "../../../src/services/register/add-leader.ts";
import { requestSupervision } from "../../../src/services/supervision/request-supervision.ts";
import { respondToSupervision } from "../../../src/services/supervision/respond-to-supervision.ts";
import { signOffCompetencies } from "../../../src/services/supervision/sign-off-competencies.ts";
import {
  APPLICATION_IDS,
  DECISION_ACTION_IDS,
} from "../../../src/slack/features/applications/ids.ts";
import type { Harness } from "../../support/bot-harness.ts";
import { CAST, type CastMember, CHANNELS } from "../../support/cast.ts";

/** Shared by the applications end-to-end tests: who acts, seeding, and finding what the bot did. */
export function people(h: Harness) {
  const teamId = h.emulator.workspace.teamId;
  const actor = (who: CastMember): Actor => ({
    teamId,
    userId: CAST[who].id,
    isAdmin: who === "admin",
    displayName: CAST[who].realName,
  });
  const ref = (who: CastMember): PersonRef => ({
    teamId,
    userId: CAST[who].id,
    displayName: CAST[who].realName,
  });
  const ctx = (): ServiceContext => ({
    db: h.bot.db,
    now: h.clock.now,
    timeZone: h.config.TIMEZONE,
  });
  return { actor, ref, ctx };
}

/**
 * Dr Ahmed on the register; Sam Patel with a profile, member sessions, confirmed co-leading,
 * courses, supervision with Dr Ahmed and the five competencies — but no supervisor's report yet.
 */
export async function seedTraineeWithoutReport(h: Harness): Promise<void> {
  const { actor, ref, ctx } = people(h);
  await addLeader(ctx(), actor("admin"), { person: ref("leader"), accreditedOn: "2015-03-01" });
  const sam = actor("trainee");
  await setUpProfile(ctx(), sam, {
    ukBalintMember: true,
    professionalTraining: "General practice (MRCGP)",
    psychoanalyticTraining: false,
    pathwayStartedOn: "2024-01-10",
  });
  const requested = await requestSupervision(ctx(), sam, { supervisor: ref("leader") });
  await respondToSupervision(ctx(), actor("leader"), {
    supervisionId: requested.supervision.id,
    response: "accept",
  });
  await logEntry(ctx(), sam, {
    kind: "group_member",
    occurredOn: "2025-05-01",
    count: 20,
    note: "Notes on the group process.",
  });
  // A course is one event per entry.
  await logEntry(ctx(), sam, { kind: "leadership_course", occurredOn: "2025-06-01" });
  await logEntry(ctx(), sam, { kind: "leadership_course", occurredOn: "2025-06-08" });
  const confirmed = [
    { kind: "coled" as const, occurredOn: "2025-09-01", count: 20, counterpart: ref("leader") },
    {
      kind: "supervision" as const,
      occurredOn: "2025-10-01",
      hours: 10,
      mode: "video" as const,
      counterpart: ref("leader"),
    },
  ];
  for (const input of confirmed) {
    const { entry } = await logEntry(ctx(), sam, input);
    await decideEntry(ctx(), actor("leader"), {
      entryId: entry.id,
      version: 1,
      decision: "confirm",
    });
  }
  const demonstrated = { rating: "demonstrated" as const };
  await signOffCompetencies(ctx(), actor("leader"), {
    trainee: ref("trainee"),
    ratings: {
      C1: demonstrated,
      C2: demonstrated,
      C3: demonstrated,
      C4: demonstrated,
      C5: demonstrated,
    },
  });
}

/** The latest private message a user sees, once it arrives. */
export function latestEphemeral(h: Harness, userId: string, contains: string) {
  return h.whenIdle(() =>
    h.emulator.ephemeralsFor(userId).findLast((m) => JSON.stringify(m).includes(contains)),
  );
}

/** The user's top modal, once it is `callbackId` and holds `contains`. */
export function topView(h: Harness, userId: string, callbackId: string, contains = "") {
  return h.whenIdle((): EmulatedView | undefined => {
    const view = h.emulator.openViews(userId).at(-1);
    const ready = view?.callback_id === callbackId && JSON.stringify(view).includes(contains);
    return ready ? view : undefined;
  });
}

/** The application's post in the subcommittee channel, once it says `contains`. */
export async function subcommitteePost(h: Harness, userId: string, contains: string) {
  const post = await h.whenIdle((): EmulatedMessage | undefined =>
    h.emulator
      .messagesIn(CHANNELS.subcommittee.id)
      .find(
        (m) =>
          m.text.startsWith(`Application for accreditation from <@${userId}>`) &&
          JSON.stringify(m.blocks).includes(contains),
      ),
  );
  // The post is found as soon as Slack has it; where it is gets stored just after.
  await h.idle();
  return post;
}

/** A DM the bot sent to `userId` that says `contains`. */
export function directMessage(h: Harness, userId: string, contains: string) {
  return h.whenIdle(() =>
    h.emulator
      .messagesIn(h.emulator.dmChannelFor(userId))
      .find((m) => JSON.stringify(m).includes(contains)),
  );
}

/** What the user was told through a response_url, e.g. a refusal. */
export function responseTo(h: Harness, userId: string, contains: string) {
  return h.whenIdle(() =>
    h.emulator.responseUrlPosts.find(
      (post) => post.origin.userId === userId && JSON.stringify(post.body).includes(contains),
    ),
  );
}

/** `/balint apply`, the button in its answer, and the statement form (filled in). */
export async function applyThroughSlack(
  h: Harness,
  who: CastMember,
  values: Record<string, string | string[]>,
) {
  const userId = CAST[who].id;
  const before = h.emulator.ephemeralsFor(userId).length;
  await h.driver.slashCommand({ userId, text: "apply" });
  const answer = await h.whenIdle(() => h.emulator.ephemeralsFor(userId)[before]);
  await h.driver.clickButton({
    userId,
    actionId: APPLICATION_IDS.openForm,
    container: { channelId: answer.channel, messageTs: answer.ts, ephemeral: true },
  });
  await topView(h, userId, APPLICATION_IDS.formView);
  return { answer, submit: () => h.driver.submitView({ userId, values }) };
}

/** A subcommittee member (or anyone) clicks a decision button on the post, opening its modal. */
export async function clickDecision(
  h: Harness,
  who: CastMember,
  post: EmulatedMessage,
  decision: keyof typeof DECISION_ACTION_IDS,
) {
  return h.driver.clickButton({
    userId: CAST[who].id,
    actionId: DECISION_ACTION_IDS[decision],
    container: { channelId: post.channel, messageTs: post.ts },
  });
}

/** Posts a message holding `blocks` as the bot, e.g. to stand in for the weekly digest. */
export async function postAsBot(h: Harness, blocks: KnownBlock[]) {
  const client = new WebClient(h.config.SLACK_BOT_TOKEN, { slackApiUrl: h.emulator.url });
  const posted = await client.chat.postMessage({
    channel: CHANNELS.subcommittee.id,
    text: "Weekly digest",
    blocks,
  });
  return { channel: posted.channel ?? "", ts: posted.ts ?? "" };
}
