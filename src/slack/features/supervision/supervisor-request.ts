import type { App, BlockButtonAction } from "@slack/bolt";
import { requestSupervision } from "../../../services/supervision/request-supervision.ts";
import {
  type RespondToSupervisionInput,
  respondToSupervision,
} from "../../../services/supervision/respond-to-supervision.ts";
import type { SubcommandHandler } from "../../commands/types.ts";
import { type BotDeps, serviceContext } from "../../deps.ts";
import { sendDirectMessage } from "../../direct-message.ts";
import { idValue, readButtonValue } from "../../forms/button-value.ts";
import { type ButtonClickArgs, interactionActor } from "../../interaction.ts";
import { requireRealPerson } from "../../mentions.ts";
import { mention } from "../../views/blocks.ts";
import { refreshHome } from "../home/publish-home.ts";
import { mentionedPerson, refuseExtraWords } from "./command-words.ts";
import { sendConfirmationRequests } from "./confirmation-requests.ts";
import { SUPERVISION_IDS } from "./ids.ts";
import {
  supervisionAnsweredMessage,
  supervisionOutcomeMessage,
  supervisionRequestMessage,
} from "./views/supervision-request.ts";

/** `/balint supervisor @person`: the trainee asks an accredited leader, who answers in a DM. */
export const supervisorSubcommand: SubcommandHandler = async ({ deps, slack, rest, actor }) => {
  const command = deps.config.SLASH_COMMAND;
  const usage = `Name the accredited leader you would like as your supervisor, e.g. \`${command} supervisor @Dr Ahmed\`. \`${command} leaders\` lists them.`;
  const { person, rest: after } = mentionedPerson(actor.teamId, rest, usage);
  refuseExtraWords(after, usage);
  await requireRealPerson(deps.slackUsers, person.userId);
  const result = await requestSupervision(serviceContext(deps), actor, { supervisor: person });
  const who = mention(result.supervisor.slackUserId);
  if (!result.changed) {
    await slack.ack({
      response_type: "ephemeral",
      text: `Your request to ${who} is already waiting for their answer. I'll tell you when they answer.`,
    });
    return;
  }
  await slack.ack({
    response_type: "ephemeral",
    text: `I've asked ${who} to be your supervisor. I'll tell you when they answer.`,
  });
  await sendDirectMessage(
    slack.client,
    result.supervisor.slackUserId,
    supervisionRequestMessage(result.trainee.slackUserId, result.supervision.id),
  );
  await refreshHome(deps, slack.client, {
    teamId: actor.teamId,
    userId: result.supervisor.slackUserId,
  });
};

async function answer(
  deps: BotDeps,
  { ack, body, client, action }: ButtonClickArgs,
  response: RespondToSupervisionInput["response"],
): Promise<void> {
  await ack();
  const { id } = readButtonValue(idValue, action.value);
  const actor = interactionActor(deps, body);
  const { teamId } = actor;
  const result = await respondToSupervision(serviceContext(deps), actor, {
    supervisionId: id,
    response,
  });
  const { supervision } = result;
  if (body.container.type === "message" && body.channel?.id) {
    await client.chat.update({
      channel: body.channel.id,
      ts: body.container.message_ts,
      ...supervisionAnsweredMessage({
        traineeUserId: supervision.trainee.slackUserId,
        supervisorUserId: supervision.supervisor.slackUserId,
        state: supervision.state,
        respondedAt: supervision.respondedAt,
        timeZone: deps.config.TIMEZONE,
      }),
    });
  }
  if (!result.changed) return;

  const accepted = supervision.state === "active";
  await sendDirectMessage(
    client,
    supervision.trainee.slackUserId,
    supervisionOutcomeMessage({
      supervisorUserId: supervision.supervisor.slackUserId,
      accepted,
      endedPrevious: result.endedSupervisionIds.length > 0,
      command: deps.config.SLASH_COMMAND,
    }),
  );
  if (accepted) await sendConfirmationRequests(deps, client, supervision.traineeId);
  await refreshHome(deps, client, { teamId, userId: supervision.trainee.slackUserId });
  await refreshHome(deps, client, { teamId, userId: body.user.id });
}

/** Accept / Decline in the leader's DM. */
export function registerSupervisorRequestActions(app: App, deps: BotDeps): void {
  app.action<BlockButtonAction>(SUPERVISION_IDS.acceptSupervision, (args) =>
    answer(deps, args, "accept"),
  );
  app.action<BlockButtonAction>(SUPERVISION_IDS.declineSupervision, (args) =>
    answer(deps, args, "decline"),
  );
}
