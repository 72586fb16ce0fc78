import { WebClient } from "@slack/web-api";
import { decideApplication } from "../../../src/services/applications/decide-application.ts";
import { submitApplication } from "../../../src/services/applications/submit-application.ts";
import { decideEntry } from "../../../src/services/confirmations/decide-entry.ts";
import { logEntry } from "../../../src/services/entries/log-entry.ts";
import { withdrawEntry } from "../../../src/services/entries/withdraw-entry.ts";
import { replyToLeadershipRequest } from "../../../src/services/leadership-requests/reply-to-leadership-request.ts";
import { submitLeadershipRequest } from "../../../src/services/leadership-requests/submit-leadership-request.ts";
import { requestSupervision } from "../../../src/services/supervision/request-supervision.ts";
import { people, seedTraineeWithoutReport } from "../../slack/applications/e2e-support.ts";
import type { Harness } from "../../support/bot-harness.ts";
import { CAST } from "../../support/cast.ts";

/** Words that exist only in what a stranger must never see. */
export const SECRET = "SECRET-DETAIL";
export const MISSING_ID = 9_999;

/** Rows in every state a click can find them in, as their owners left them. */
export async function seedEveryState(h: Harness) {
  await seedTraineeWithoutReport(h);
  const { actor, ref, ctx } = people(h);
  const sam = actor("trainee");
  const ahmed = actor("leader");
  const coled = async (occurredOn: string) =>
    (
      await logEntry(ctx(), sam, {
        kind: "coled",
        occurredOn,
        count: 1,
        counterpart: ref("leader"),
        note: SECRET,
      })
    ).entry.id;
  const entries = {
    claimed: await coled("2026-11-01"),
    confirmed: await coled("2026-11-02"),
    queried: await coled("2026-11-03"),
    withdrawn: await coled("2026-11-04"),
    missing: MISSING_ID,
  };
  await decideEntry(ctx(), ahmed, { entryId: entries.confirmed, version: 1, decision: "confirm" });
  await decideEntry(ctx(), ahmed, {
    entryId: entries.queried,
    version: 1,
    decision: "query",
    reason: `${SECRET} reason`,
  });
  await withdrawEntry(ctx(), sam, { entryId: entries.withdrawn });

  const asked = await requestSupervision(ctx(), actor("newcomer"), { supervisor: ref("leader") });
  const active = await h.bot.db.supervision.findFirstOrThrow({ where: { state: "active" } });
  const supervisions = {
    requested: asked.supervision.id,
    active: active.id,
    missing: MISSING_ID,
  };

  const answers = {
    professionalTraining: `${SECRET} training`,
    ukBalintMember: "member" as const,
    psychoanalyticTraining: false,
    groupSessions: 3,
    hopes: `${SECRET} hopes`,
  };
  const form = { kind: "interest_form", answers } as const;
  const open = await submitLeadershipRequest(ctx(), actor("newcomer"), form);
  const answered = await submitLeadershipRequest(ctx(), actor("newcomer"), form);
  const reply = `${SECRET} reply`;
  await replyToLeadershipRequest(ctx(), ahmed, { requestId: answered.id, reply });
  const day = {
    kind: "training_day",
    answers: { area: `${SECRET} area`, details: SECRET },
  } as const;
  const openDay = await submitLeadershipRequest(ctx(), actor("newcomer"), day);
  const answeredDay = await submitLeadershipRequest(ctx(), actor("newcomer"), day);
  await replyToLeadershipRequest(ctx(), ahmed, { requestId: answeredDay.id, reply });
  const enquiries = {
    enquiry: { open: open.id, answered: answered.id, missing: MISSING_ID },
    trainingDay: {
      open: openDay.id,
      answered: answeredDay.id,
      missing: MISSING_ID,
    },
  };

  const applied = await submitApplication(ctx(), sam, {
    statement: `${SECRET} statement for the subcommittee`,
    acknowledgedGaps: true,
  });
  return { entries, supervisions, enquiries, applicationId: applied.application.id };
}

/** The subcommittee decides the application, so a later click finds it decided. */
export async function decideTheApplication(h: Harness, applicationId: number) {
  const { actor, ctx } = people(h);
  await decideApplication(
    ctx(),
    { ...actor("member"), isSubcommitteeMember: true },
    { applicationId, decision: "more_info", reason: `${SECRET} question` },
  );
}

/** A message in the stranger's DM holding a button for each action: a forged click's carrier. */
export async function carrier(h: Harness, actionIds: readonly string[]) {
  const client = new WebClient(h.config.SLACK_BOT_TOKEN, { slackApiUrl: h.emulator.url });
  const posted = await client.chat.postMessage({
    channel: h.emulator.dmChannelFor(CAST.stranger.id),
    text: "Buttons",
    blocks: [
      {
        type: "actions",
        elements: actionIds.map((actionId) => ({
          type: "button" as const,
          action_id: actionId,
          text: { type: "plain_text" as const, text: actionId.slice(0, 70) },
          value: "{}",
        })),
      },
    ],
  });
  return { channelId: posted.channel ?? "", messageTs: posted.ts ?? "" };
}
