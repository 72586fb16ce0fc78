import type { App, BlockButtonAction } from "@slack/bolt";
import { z } from "zod";
import { AppError } from "../../../domain/app-error.ts";
import type { Actor } from "../../../services/context.ts";
import { compactAfterErasure } from "../../../services/privacy/compact-after-erasure.ts";
import { eraseMember, requireErasable } from "../../../services/privacy/erase-member.ts";
import type { SubcommandHandler } from "../../commands/types.ts";
import { type BotDeps, serviceContext } from "../../deps.ts";
import { readButtonValue } from "../../forms/button-value.ts";
import { type ButtonClickArgs, interactionActor } from "../../interaction.ts";
import { mentionedPerson, refuseExtraWords } from "../supervision/command-words.ts";
import { PRIVACY_IDS } from "./ids.ts";
import {
  ERASE_CANCELLED,
  type EraseButtonValue,
  eraseConfirmation,
  erasedReply,
} from "./views/privacy-messages.ts";

const slackUserId = z.string().regex(/^[UW][A-Z0-9]{1,20}$/);
const eraseButtonValue: z.ZodType<EraseButtonValue> = z.object({
  person: slackUserId,
  admin: slackUserId,
});

/** `/balint admin erase @person`: asks the admin to confirm; nothing is erased yet. */
export const adminEraseSubcommand: SubcommandHandler = async ({ deps, slack, rest, actor }) => {
  const usage = `Name the person, e.g. \`${deps.config.SLASH_COMMAND} admin erase @Sam Patel\`.`;
  const { person, rest: after } = mentionedPerson(actor.teamId, rest, usage);
  refuseExtraWords(after, usage);
  requireErasable(actor, person);
  await slack.ack();
  await slack.respond({
    response_type: "ephemeral",
    ...eraseConfirmation({ person: person.userId, admin: actor.userId }),
  });
};

/** The click must come from the admin who asked, still an admin, about the person named. */
function authorisedClick(deps: BotDeps, args: ButtonClickArgs) {
  const value = readButtonValue(eraseButtonValue, args.action.value);
  const actor = interactionActor(deps, args.body);
  if (!actor.isAdmin || actor.userId !== value.admin) {
    throw new AppError("FORBIDDEN", "Only the admin who asked can confirm this erasure.");
  }
  return { actor, value };
}

async function confirmErase(deps: BotDeps, args: ButtonClickArgs): Promise<void> {
  await args.ack();
  const { actor, value } = authorisedClick(deps, args);
  const text = await erasePerson(deps, actor, value.person);
  await args.respond({ response_type: "ephemeral", replace_original: true, text });
}

/**
 * Erases the person (the use case checks the admin; the edits of the bot's posts about them
 * follow from the outbox) and compacts the database; returns the reply for the admin. The
 * command's and the form's path.
 */
export async function erasePerson(
  deps: BotDeps,
  actor: Actor,
  personUserId: string,
): Promise<string> {
  const result = await eraseMember(serviceContext(deps), actor, {
    person: { teamId: actor.teamId, userId: personUserId },
  });
  await compactAfterErasure(serviceContext(deps));
  deps.logger.info("Erased a person", { ...result.erased, posts: result.posts.length });
  return erasedReply({ personUserId, posts: result.posts.length });
}

async function cancelErase(deps: BotDeps, args: ButtonClickArgs): Promise<void> {
  await args.ack();
  authorisedClick(deps, args);
  await args.respond({ response_type: "ephemeral", replace_original: true, text: ERASE_CANCELLED });
}

export function registerErase(app: App, deps: BotDeps): void {
  app.action<BlockButtonAction>(PRIVACY_IDS.confirmErase, (args) => confirmErase(deps, args));
  app.action<BlockButtonAction>(PRIVACY_IDS.cancelErase, (args) => cancelErase(deps, args));
}
