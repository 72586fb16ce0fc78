import type { App, BlockButtonAction } from "@slack/bolt";
import {
  type RequestSupervisionResult,
  requestSupervision,
} from "../../../services/supervision/request-supervision.ts";
import {
  type RespondToSupervisionInput,
  respondToSupervision,
} from "../../../services/supervision/respond-to-supervision.ts";
import type { SubcommandHandler } from "../../commands/types.ts";
import { type BotDeps, serviceContext } from "../../deps.ts";
import { idValue, readButtonValue } from "../../forms/button-value.ts";
import { type ButtonClickArgs, interactionActor } from "../../interaction.ts";
import { requireRealPerson } from "../../mentions.ts";
import { mention } from "../../views/blocks.ts";
import { mentionedPerson, refuseExtraWords } from "./command-words.ts";
import { SUPERVISION_IDS } from "./ids.ts";

/** `/balint supervisor @person`: the trainee asks an accredited leader, who answers in a DM. */
export const supervisorSubcommand: SubcommandHandler = async ({ deps, slack, rest, actor }) => {
  const command = deps.config.SLASH_COMMAND;
  const usage = `Name the accredited leader you would like as your supervisor, e.g. \`${command} supervisor @Dr Ahmed\`. \`${command} leaders\` lists them.`;
  const { person, rest: after } = mentionedPerson(actor.teamId, rest, usage);
  refuseExtraWords(after, usage);
  await requireRealPerson(deps.slackUsers, person.userId);
  const result = await requestSupervision(serviceContext(deps), actor, { supervisor: person });
  await slack.ack({ response_type: "ephemeral", text: requestedText(result) });
};

/** The answer to a request to supervise, from the command or the App Home's form. */
export function requestedText(result: RequestSupervisionResult): string {
  const who = mention(result.supervisor.slackUserId);
  return result.changed
    ? `I've asked ${who} to be your supervisor. I'll tell you when they answer.`
    : `Your request to ${who} is already waiting for their answer. I'll tell you when they answer.`;
}

async function answer(
  deps: BotDeps,
  { ack, body, action }: ButtonClickArgs,
  response: RespondToSupervisionInput["response"],
): Promise<void> {
  const { id } = readButtonValue(idValue, action.value);
  const actor = interactionActor(deps, body);
  // Where the leader clicked comes from Slack's signed envelope, not from the button's value.
  const requestMessage =
    body.container.type === "message" && body.channel?.id
      ? { channel: body.channel.id, ts: body.container.message_ts }
      : undefined;
  await respondToSupervision(serviceContext(deps), actor, {
    supervisionId: id,
    response,
    ...(requestMessage ? { requestMessage } : {}),
  });
  await ack();
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
