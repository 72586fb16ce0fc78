import type { KnownBlock } from "@slack/types";
import { statusLabel } from "../../../../domain/application-status.ts";
import type { PendingApplication } from "../../../../services/applications/list-pending-applications.ts";
import type { RecentDecision } from "../../../../services/applications/list-recent-decisions.ts";
import { context, header, mention, section } from "../../../views/blocks.ts";
import { applicationBlock } from "../../scheduled/views/digest-message.ts";
import { bulletedList } from "../../scheduled/views/list-lines.ts";
import { dayOf } from "./text.ts";

/** Applications shown with their Open button; the Home has 100 blocks for every section. */
export const MAX_HOME_APPLICATIONS = 20;
const MAX_DECISION_LINES = 20;

export interface SubcommitteeHome {
  /** Oldest wait first. */
  pending: readonly PendingApplication[];
  /** Decisions made this calendar month, oldest first. */
  decisions: readonly RecentDecision[];
  timeZone: string;
}

/**
 * A subcommittee member's part of the App Home: applications waiting for a decision, oldest
 * first, with their age, what is met and missing, and Open; and this month's decisions (without
 * their reasons, which stay on each application). Pure.
 */
export function subcommitteeHomeBlocks(home: SubcommitteeHome): KnownBlock[] {
  const { pending, decisions, timeZone } = home;
  const shown = pending.slice(0, MAX_HOME_APPLICATIONS);
  const hidden = pending.length - shown.length;
  return [
    header("The subcommittee's applications"),
    section(
      pending.length === 0
        ? "*Waiting for a decision:* none."
        : `*Waiting for a decision (${pending.length}), oldest first*`,
    ),
    ...shown.map(applicationBlock),
    ...(hidden > 0 ? [context(`and ${hidden} more: the weekly digest lists them all.`)] : []),
    section(
      decisions.length === 0
        ? "*Decisions this month:* none yet."
        : bulletedList(
            `*Decisions this month (${decisions.length})*`,
            decisions.map(
              (d) =>
                `${mention(d.trainee.slackUserId)}: ${statusLabel(d.toStatus)}, by ${mention(d.decidedBy.slackUserId)} on ${dayOf(d.at, timeZone)}`,
            ),
            MAX_DECISION_LINES,
          ),
    ),
  ];
}
