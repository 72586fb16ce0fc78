import { AppError } from "../../../domain/app-error.ts";
import { formatUkDate, parseDateWord } from "../../../domain/dates.ts";
import { confirmMembership } from "../../../services/progress/confirm-membership.ts";
import { setPathwayStart } from "../../../services/progress/set-pathway-start.ts";
import type { SubcommandHandler } from "../../commands/types.ts";
import { serviceContext } from "../../deps.ts";
import { mention } from "../../views/blocks.ts";
import { criteriaName } from "../../views/criteria-basis.ts";
import { mentionedPerson, refuseExtraWords, todayOf } from "../supervision/command-words.ts";

/** The single date word after the person, if any, as "YYYY-MM-DD"; anything more is refused. */
function dateAfter(words: string, today: string, usage: string): string | undefined {
  const [word, ...extra] = words.split(/\s+/).filter(Boolean);
  refuseExtraWords(extra.join(" "), usage);
  if (!word) return undefined;
  const parsed = parseDateWord(word, today);
  if (!parsed.ok) throw new AppError("INVALID_INPUT", `${parsed.reason} ${usage}`);
  return parsed.date;
}

/** `/balint admin member @person [date]`: the society confirmed the membership (admins only). */
export const adminMemberSubcommand: SubcommandHandler = async ({ deps, slack, rest, actor }) => {
  const command = deps.config.SLASH_COMMAND;
  const usage = `Use \`${command} admin member @person [date]\`, e.g. \`${command} admin member @Sam Patel 2026-03-01\`.`;
  const { person, rest: after } = mentionedPerson(actor.teamId, rest, usage);
  const confirmedOn = dateAfter(after, todayOf(deps), usage);
  const result = await confirmMembership(serviceContext(deps), actor, {
    person,
    ...(confirmedOn ? { confirmedOn } : {}),
  });
  await slack.ack({ response_type: "ephemeral", text: membershipText(person.userId, result) });
};

/** What `admin member` and its form answer. */
export function membershipText(
  userId: string,
  result: { hadDeclared: boolean; confirmedOn: string },
): string {
  const before = result.hadDeclared ? "" : " They had not said they were a member; now they are.";
  return `Recorded: the society confirmed ${mention(userId)}'s membership on ${formatUkDate(result.confirmedOn)}. Their checklist now says "confirmed by the society".${before}`;
}

/** What `admin pathway` and its form answer. */
export function pathwayText(
  userId: string,
  startedOn: string,
  result: Awaited<ReturnType<typeof setPathwayStart>>,
): string {
  const criteria = result.rulesetChanged
    ? `Their criteria are now *${criteriaName(result.ruleset)}*.`
    : `Their criteria stay *${criteriaName(result.ruleset)}*.`;
  return `Entered ${mention(userId)} on the pathway from ${formatUkDate(startedOn)}; the date is locked, so only the leadership team can change it. ${criteria}`;
}

/**
 * `/balint admin pathway @person YYYY-MM-DD`: enters a trainee on the pathway, setting and
 * locking their start date. Admins and members of the leadership team's channel.
 */
export const adminPathwaySubcommand: SubcommandHandler = async ({ deps, slack, rest, actor }) => {
  const isLeadershipTeam =
    actor.isAdmin ||
    (await deps.channelMembers.includes(
      slack.client,
      deps.config.LEADERSHIP_CHANNEL_ID,
      actor.userId,
    ));
  if (!isLeadershipTeam) {
    throw new AppError(
      "FORBIDDEN",
      "Only admins and the leadership team can set a trainee's start date.",
    );
  }
  const command = deps.config.SLASH_COMMAND;
  const usage = `Use \`${command} admin pathway @person YYYY-MM-DD\`, e.g. \`${command} admin pathway @Sam Patel 2019-03-01\`.`;
  const { person, rest: after } = mentionedPerson(actor.teamId, rest, usage);
  const startedOn = dateAfter(after, todayOf(deps), usage);
  if (!startedOn) throw new AppError("INVALID_INPUT", `Give the start date. ${usage}`);
  const result = await setPathwayStart(
    serviceContext(deps),
    { ...actor, isLeadershipTeam },
    { person, startedOn },
  );
  await slack.ack({
    response_type: "ephemeral",
    text: pathwayText(person.userId, startedOn, result),
  });
};
