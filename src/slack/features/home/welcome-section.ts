import type { KnownBlock } from "@slack/types";
import { context, header, section } from "../../views/blocks.ts";
import type { HomeSection } from "./home-section.ts";

/** The top of everyone's Home: what the bot is and how to start. Pure. */
export function welcomeBlocks(command: string): KnownBlock[] {
  return [
    header("Balint Pathway"),
    section(
      `Your companion on the Balint Society UK's pathway to accreditation as a Balint group leader. New here? \`${command} interest\` sends your experience so far to the leadership team, who will advise you on a pathway. Already training? \`${command} log\` records a session.`,
    ),
    context(`\`${command} help\` lists everything I can do.`),
  ];
}

export const welcomeSection: HomeSection = async (deps) => welcomeBlocks(deps.config.SLASH_COMMAND);
