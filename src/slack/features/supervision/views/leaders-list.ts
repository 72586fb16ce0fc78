import type { KnownBlock } from "@slack/types";
import { formatUkDate } from "../../../../domain/dates.ts";
import type { GetLeaderPeriodsResult } from "../../../../services/register/get-leader-periods.ts";
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

/** A leader's accreditation periods, oldest first, for an admin. Pure. */
export function leaderPeriodsMessage(history: GetLeaderPeriodsResult): SlackMessage {
  const who = mention(history.slackUserId);
  const lines = history.periods.map((period) => {
    const from = formatUkDate(period.fromOn);
    const to = period.toOn === null ? "accredited now" : `until ${formatUkDate(period.toOn)}`;
    const by = [
      period.openedBy ? `added by ${mention(period.openedBy.slackUserId)}` : "",
      period.closedBy ? `removed by ${mention(period.closedBy.slackUserId)}` : "",
    ].filter(Boolean);
    return `• From ${from}, ${to}${by.length > 0 ? ` (${by.join("; ")})` : ""}`;
  });
  const text = `${who}'s accreditation periods (${history.periods.length})`;
  const body = lines.length > 0 ? lines.join("\n") : "_No periods recorded._";
  return {
    text,
    blocks: [
      section(
        `*${text}*\nSessions count as with an accredited leader when their date falls in one of these.\n${body}`.slice(
          0,
          3000,
        ),
      ),
    ],
  };
}
