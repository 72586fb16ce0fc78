import type { KnownBlock } from "@slack/types";
import { SUBCOMMANDS, type SubcommandHelp } from "../commands/catalogue.ts";
import { context, divider, header, section } from "./blocks.ts";

const AUDIENCE_TITLES: Record<SubcommandHelp["audience"], string> = {
  everyone: "For everyone",
  trainees: "For trainees",
  supervisors: "For supervisors",
  admins: "For admins",
};

/** The help message: what the bot does and every subcommand, with examples. */
export function helpBlocks(command: string): KnownBlock[] {
  const blocks: KnownBlock[] = [
    header("Balint Pathway"),
    section(
      "I help you along the Balint Society UK's pathway to accreditation as a Balint group leader: send the leadership interest form, log your sessions, see what is left, and apply when you are ready. Supervisors confirm sessions and sign off competencies here too.",
    ),
  ];
  for (const audience of Object.keys(AUDIENCE_TITLES) as SubcommandHelp["audience"][]) {
    const entries = SUBCOMMANDS.filter((s) => s.audience === audience);
    blocks.push(divider(), section(`*${AUDIENCE_TITLES[audience]}*`));
    for (const entry of entries) {
      const examples = entry.examples.map((example) => `\`${command} ${example}\``).join("  ·  ");
      blocks.push(section(`\`${command} ${entry.usage}\`\n${entry.summary}\n_e.g._ ${examples}`));
    }
  }
  blocks.push(
    context(
      "Balint groups are confidential: never put patient details in a note. Your notes are seen only by you and your supervisor.",
    ),
  );
  return blocks;
}

export function helpText(command: string): string {
  return `Balint Pathway: try \`${command} help\` for every subcommand.`;
}
