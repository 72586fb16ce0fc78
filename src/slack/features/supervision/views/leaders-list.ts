import type { KnownBlock } from "@slack/types";
import { formatUkDate } from "../../../../domain/dates.ts";
import type { ListedLeader } from "../../../../services/register/list-leaders.ts";
import type { SlackMessage } from "../../../direct-message.ts";
import { mention, section } from "../../../views/blocks.ts";

const LINES_PER_SECTION = 40;
const MAX_SECTIONS = 40;

/** The register of accredited leaders, as anyone may see it. Pure. */
export function leadersListMessage(
  leaders: readonly ListedLeader[],
  command: string,
): SlackMessage {
  if (leaders.length === 0) {
    const text = `Nobody is on the register of accredited leaders yet. An admin adds leaders with \`${command} admin leader add @person [date]\`.`;
    return { text, blocks: [section(text)] };
  }
  const title = `*The register of accredited leaders* (${leaders.length})`;
  const lines = leaders.map(
    (leader) =>
      `• ${mention(leader.slackUserId)}, accredited on ${formatUkDate(leader.accreditedOn)}`,
  );
  const blocks: KnownBlock[] = [];
  for (
    let start = 0;
    start < lines.length && blocks.length < MAX_SECTIONS;
    start += LINES_PER_SECTION
  ) {
    const chunk = lines.slice(start, start + LINES_PER_SECTION).join("\n");
    blocks.push(section(start === 0 ? `${title}\n${chunk}` : chunk));
  }
  return { text: `The register of accredited leaders (${leaders.length})`, blocks };
}
