import type { CompetencyId, CompetencyRating } from "../../../domain/competencies.ts";
import { calendarDate, formatUkDate } from "../../../domain/dates.ts";
import {
  personById,
  reportToTell,
  signOffsToTell,
  supervisionToTell,
} from "../../../services/delivery/delivery-reads.ts";
import { serviceContext } from "../../deps.ts";
import { openDirectMessage } from "../../direct-message.ts";
import {
  competenciesNotice,
  reportMessage,
} from "../../features/supervision/views/sign-off/sign-off-notices.ts";
import {
  supervisionAnsweredMessage,
  supervisionOutcomeMessage,
  supervisionRequestMessage,
} from "../../features/supervision/views/supervision-request.ts";
import { directMessageOnce } from "../post-once.ts";
import type { EffectHandler } from "./types.ts";

export const askToSupervise: EffectHandler<"supervision.requested"> = async (
  { deps, client, item },
  effect,
) => {
  const supervision = await supervisionToTell(serviceContext(deps), effect.supervisionId);
  if (supervision?.state !== "requested") return;
  await directMessageOnce(
    client,
    item,
    { slackUserId: supervision.supervisor.slackUserId, part: "supervisor" },
    supervisionRequestMessage(supervision.trainee.slackUserId, supervision.id),
  );
};

/** The leader's DM shows their answer, and the trainee hears it. */
export const tellSupervisionAnswered: EffectHandler<"supervision.answered"> = async (
  { deps, client, item },
  effect,
) => {
  const supervision = await supervisionToTell(serviceContext(deps), effect.supervisionId);
  if (!supervision) return;
  const trainee = supervision.trainee.slackUserId;
  const supervisor = supervision.supervisor.slackUserId;
  // Where the leader clicked is the click's word: only their own DM with the bot is redrawn.
  if (effect.request && effect.request.channel === (await openDirectMessage(client, supervisor))) {
    await client.chat.update({
      ...effect.request,
      ...supervisionAnsweredMessage({
        traineeUserId: trainee,
        supervisorUserId: supervisor,
        state: supervision.state,
        respondedAt: supervision.respondedAt,
        timeZone: deps.config.TIMEZONE,
      }),
    });
  }
  await directMessageOnce(
    client,
    item,
    { slackUserId: trainee, part: "trainee" },
    supervisionOutcomeMessage({
      supervisorUserId: supervisor,
      accepted: supervision.state === "active" || supervision.state === "ended",
      endedPrevious: effect.endedPrevious,
      command: deps.config.SLASH_COMMAND,
    }),
  );
};

export const tellCompetenciesSigned: EffectHandler<"competencies.signed"> = async (
  { deps, client, item },
  effect,
) => {
  const signed = await signOffsToTell(serviceContext(deps), effect.signOffIds);
  const first = signed?.signOffs[0];
  if (!signed || !first) return;
  const supervisor = await personById(serviceContext(deps), effect.supervisorId);
  const trainee = await personById(serviceContext(deps), effect.traineeId);
  if (!supervisor || !trainee) return;
  await directMessageOnce(
    client,
    item,
    { slackUserId: trainee.slackUserId, part: "trainee" },
    competenciesNotice({
      supervisorUserId: supervisor.slackUserId,
      signOffs: signed.signOffs,
      previous: Object.fromEntries(signed.previous) as Partial<
        Record<CompetencyId, CompetencyRating>
      >,
      date: formatUkDate(calendarDate(signed.signedAt, deps.config.TIMEZONE)),
    }),
  );
};

/** The report reaches the trainee, and the supervisor keeps a copy. */
export const sendReport: EffectHandler<"report.submitted"> = async (
  { deps, client, item },
  effect,
) => {
  const report = await reportToTell(serviceContext(deps), effect.reportId);
  if (!report) return;
  const shown = {
    supervisorUserId: report.supervisor.slackUserId,
    traineeUserId: report.trainee.slackUserId,
    text: report.text,
    readyToApply: report.readyToApply,
    date: formatUkDate(calendarDate(report.submittedAt, deps.config.TIMEZONE)),
  };
  await directMessageOnce(
    client,
    item,
    { slackUserId: shown.traineeUserId, part: "trainee" },
    reportMessage({ ...shown, forTrainee: true }),
  );
  await directMessageOnce(
    client,
    item,
    { slackUserId: shown.supervisorUserId, part: "supervisor" },
    reportMessage({ ...shown, forTrainee: false }),
  );
};
