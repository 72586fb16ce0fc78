import { AppError } from "../../../domain/app-error.ts";
import { calendarDate, parseDateWord } from "../../../domain/dates.ts";
import { recordAccreditation } from "../../../services/applications/record-accreditation.ts";
import type { CommandRequest } from "../../commands/types.ts";
import { serviceContext } from "../../deps.ts";
import { leadingMention, requireRealPerson } from "../../mentions.ts";
import { accreditedConfirmation } from "./views/notices.ts";

/** `admin accredit @person [date]`: the Balint Council's decision; the person joins the register. */
export async function accreditCommand({ deps, slack, actor, rest }: CommandRequest): Promise<void> {
  const command = deps.config.SLASH_COMMAND;
  const usage = `Write it as \`${command} admin accredit @person [date]\`, e.g. \`${command} admin accredit @Sam Patel 2026-11-20\`; the date is the Council's decision, today when left out.`;
  const named = leadingMention(rest);
  if (!named) {
    throw new AppError("INVALID_INPUT", `Name the person to accredit with @. ${usage}`);
  }
  const words = named.rest.split(/\s+/).filter(Boolean);
  if (words.length > 1) {
    throw new AppError("INVALID_INPUT", `I can read only a person and a date. ${usage}`);
  }
  await requireRealPerson(deps.slackUsers, named.mention.userId);
  const ctx = serviceContext(deps);
  const today = calendarDate(ctx.now, ctx.timeZone);
  const parsedDate = words[0] === undefined ? undefined : parseDateWord(words[0], today);
  if (parsedDate && !parsedDate.ok) throw new AppError("INVALID_INPUT", parsedDate.reason);

  const result = await recordAccreditation(ctx, actor, {
    person: { teamId: actor.teamId, userId: named.mention.userId },
    ...(parsedDate ? { accreditedOn: parsedDate.date } : {}),
  });
  const { person, leader, application } = result;
  await slack.ack({
    response_type: "ephemeral",
    text: accreditedConfirmation({
      slackUserId: person.slackUserId,
      accreditedOn: leader.accreditedOn,
      hadApplication: application !== null,
    }),
  });
}
