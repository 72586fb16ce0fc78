import { AppError } from "../../../domain/app-error.ts";
import { formatUkDate, parseDateWord } from "../../../domain/dates.ts";
import type { PersonRef } from "../../../domain/person-ref.ts";
import { type AddLeaderResult, addLeader } from "../../../services/register/add-leader.ts";
import { getLeaderPeriods } from "../../../services/register/get-leader-periods.ts";
import { listLeaders } from "../../../services/register/list-leaders.ts";
import { type RemoveLeaderResult, removeLeader } from "../../../services/register/remove-leader.ts";
import type { SubcommandHandler } from "../../commands/types.ts";
import { serviceContext } from "../../deps.ts";
import { requireRealPerson } from "../../mentions.ts";
import { mention } from "../../views/blocks.ts";
import { escapeMrkdwn } from "../../views/mrkdwn.ts";
import { mentionedPerson, refuseExtraWords, todayOf } from "./command-words.ts";
import { leaderPeriodsMessage, leadersListMessage } from "./views/leaders-list.ts";

/** `/balint leaders`: the register, for anyone. */
export const leadersSubcommand: SubcommandHandler = async ({ deps, slack }) => {
  const { leaders } = await listLeaders(serviceContext(deps));
  await slack.ack({
    response_type: "ephemeral",
    ...leadersListMessage(leaders, deps.config.SLASH_COMMAND),
  });
};

function usage(command: string): string {
  return `Use \`${command} admin leader add @person [date]\`, \`${command} admin leader remove @person\` or \`${command} admin leader history @person\`, e.g. \`${command} admin leader add @Dr Ahmed 2019-05-01\`.`;
}

/** The answer to adding a leader, from the command or the admin's form. */
export function addedText(result: AddLeaderResult): string {
  const who = mention(result.leader.person.slackUserId);
  const since = formatUkDate(result.leader.accreditedOn);
  switch (result.outcome) {
    case "added":
      return `Added ${who} to the register of accredited leaders, accredited on ${since}.`;
    case "restored":
      return `Restored ${who} to the register of accredited leaders, accredited on ${since}.`;
    case "updated":
      return `Changed ${who}'s accreditation date to ${since}.`;
    case "unchanged":
      return `${who} is already on the register of accredited leaders, accredited on ${since}. Nothing changed.`;
  }
}

/** The answer to removing a leader, from the command or the admin's form. */
export function removedText(
  person: PersonRef,
  ended: RemoveLeaderResult["endedSupervisions"],
): string {
  const removed = `Removed ${mention(person.userId)} from the register of accredited leaders. Their record is kept, and sessions they confirmed still count.`;
  if (ended.length === 0) return removed;
  const trainees = ended.map((s) => mention(s.trainee.slackUserId)).join(", ");
  return `${removed} Their supervision of ${trainees} has ended.`;
}

/** `/balint admin leader add|remove @person [date]` (the admin router has checked the admin). */
export const adminLeaderSubcommand: SubcommandHandler = async ({ deps, slack, rest, actor }) => {
  const help = usage(deps.config.SLASH_COMMAND);
  const [verb = "", ...words] = rest.split(/\s+/).filter(Boolean);
  const action = verb.toLowerCase();
  if (action !== "add" && action !== "remove" && action !== "history") {
    throw new AppError(
      "INVALID_INPUT",
      verb ? `I don't know \`leader ${escapeMrkdwn(verb)}\`. ${help}` : help,
    );
  }
  const { person, rest: after } = mentionedPerson(actor.teamId, words.join(" "), help);
  const ctx = serviceContext(deps);

  if (action === "history") {
    refuseExtraWords(after, help);
    const history = await getLeaderPeriods(ctx, actor, { person });
    await slack.ack({ response_type: "ephemeral", ...leaderPeriodsMessage(history) });
    return;
  }

  if (action === "remove") {
    refuseExtraWords(after, help);
    const { endedSupervisions } = await removeLeader(ctx, actor, { person });
    await slack.ack({ response_type: "ephemeral", text: removedText(person, endedSupervisions) });
    return;
  }

  const [dateWord, ...extra] = after.split(/\s+/).filter(Boolean);
  refuseExtraWords(extra.join(" "), help);
  let accreditedOn: string | undefined;
  if (dateWord) {
    const parsed = parseDateWord(dateWord, todayOf(deps));
    if (!parsed.ok) throw new AppError("INVALID_INPUT", `${parsed.reason} ${help}`);
    accreditedOn = parsed.date;
  }
  await requireRealPerson(deps.slackUsers, person.userId);
  const result = await addLeader(ctx, actor, {
    person,
    ...(accreditedOn ? { accreditedOn } : {}),
  });
  await slack.ack({ response_type: "ephemeral", text: addedText(result) });
};
