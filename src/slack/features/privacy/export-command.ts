import type { SubcommandHandler } from "../../commands/types.ts";
import { mentionedPerson, refuseExtraWords } from "../supervision/command-words.ts";
import { sendExport } from "./send-export.ts";
import { exportSentReply } from "./views/privacy-messages.ts";

/** `/balint export`: everything held about the person, as files in their DM. */
export const exportSubcommand: SubcommandHandler = async ({ deps, slack, rest, actor }) => {
  refuseExtraWords(rest, `Write just \`${deps.config.SLASH_COMMAND} export\`.`);
  await slack.ack();
  await sendExport(deps, slack.client, actor, { teamId: actor.teamId, userId: actor.userId });
  await slack.respond({ response_type: "ephemeral", text: exportSentReply(null) });
};

/** `/balint admin export @person`: the same files, about someone else, in the admin's DM. */
export const adminExportSubcommand: SubcommandHandler = async ({ deps, slack, rest, actor }) => {
  const usage = `Name the person, e.g. \`${deps.config.SLASH_COMMAND} admin export @Sam Patel\`.`;
  const { person, rest: after } = mentionedPerson(actor.teamId, rest, usage);
  refuseExtraWords(after, usage);
  await slack.ack();
  await sendExport(deps, slack.client, actor, person);
  await slack.respond({ response_type: "ephemeral", text: exportSentReply(person.userId) });
};
