import type { KnownBlock } from "@slack/types";
import { statusLabel } from "../../../../domain/application-status.ts";
import { calendarDate, formatUkDate } from "../../../../domain/dates.ts";
import type { PendingApplication } from "../../../../services/applications/list-pending-applications.ts";
import type { DigestContent } from "../../../../services/jobs/gather-digest.ts";
import type { UnansweredRequest } from "../../../../services/leadership-requests/list-unanswered-requests.ts";
import type { SlackMessage } from "../../../direct-message.ts";
import { buttonValue } from "../../../forms/button-value.ts";
import { SHARED_IDS } from "../../../ids.ts";
import { button, context, divider, header, mention, section } from "../../../views/blocks.ts";
import { SLACK_LIMITS } from "../../../views/limits.ts";
import { bulletedList, plural, waited } from "./list-lines.ts";

const REQUEST_KINDS: Record<UnansweredRequest["kind"], string> = {
  interest_form: "Interest form",
  training_day: "Training-day request",
};

/**
 * One unanswered request: its kind, who, how long, and where its post is. Never what the person
 * wrote: that is for the leadership team's channel (docs/privacy.md), and the digest goes to the
 * subcommittee's; in that post the text is kept, and edited when it is erased or expires.
 */
function requestLine(r: UnansweredRequest): string {
  const where = r.postChannel ? `: see its post in <#${r.postChannel}>` : ", not posted yet";
  return `${REQUEST_KINDS[r.kind]} from ${mention(r.person.slackUserId)}, waiting ${waited(r.ageDays)}${where}`;
}

/** Lines shown in the enquiries and decisions lists before "and N more…". */
const MAX_LIST_LINES = 15;

export interface DigestOptions {
  /** An admin asked for it now (`admin digest`). */
  requested?: boolean;
}

/** The subcommittee's weekly digest; an empty week is one line. At most 50 blocks. */
export function digestMessage(content: DigestContent, options: DigestOptions = {}): SlackMessage {
  const day = (at: Date) => formatUkDate(calendarDate(at, content.timeZone));
  const sinceDay = day(content.since);
  const { pending, unanswered, decisions } = content;
  if (pending.length + unanswered.length + decisions.length === 0) {
    const line = `Weekly digest: a quiet week. No applications are waiting for a decision, no enquiries or training-day requests are unanswered, and no decisions were made since ${sinceDay}.`;
    return { text: line, blocks: [section(line)] };
  }

  const flagged = pending.filter((a) => a.waitingOverFourWeeks).length;
  const summary = [
    `${plural(pending.length, "application")} waiting for a decision${flagged ? ` (${flagged} over 4 weeks)` : ""}`,
    `${plural(unanswered.length, "enquiry or request", "enquiries or requests")} unanswered for over 5 days`,
    `${plural(decisions.length, "decision")} since ${sinceDay}`,
  ].join(", ");
  const head: KnownBlock[] = [
    header(`Subcommittee digest: ${day(content.now)}`),
    context(options.requested ? `${summary}. Posted now at an admin's request.` : `${summary}.`),
  ];
  const tail: KnownBlock[] = [
    divider(),
    section(
      unanswered.length === 0
        ? "*Enquiries and training-day requests:* none unanswered for over 5 days."
        : bulletedList(
            `*Unanswered for over 5 days (${unanswered.length})*`,
            unanswered.map(requestLine),
            MAX_LIST_LINES,
          ),
    ),
    divider(),
    section(
      decisions.length === 0
        ? `*Decisions since ${sinceDay}:* none.`
        : bulletedList(
            `*Decisions since ${sinceDay} (${decisions.length})*`,
            decisions.map(
              (d) =>
                `${mention(d.trainee.slackUserId)}: ${statusLabel(d.toStatus)}, by ${mention(d.decidedBy.slackUserId)} on ${day(d.at)}`,
            ),
            MAX_LIST_LINES,
          ),
    ),
  ];
  return {
    text: `Weekly digest: ${summary}.`,
    blocks: [
      ...head,
      ...applicationBlocks(pending, SLACK_LIMITS.blocksPerMessage - head.length - tail.length),
      ...tail,
    ],
  };
}

/** The pending applications, oldest first, within `room` blocks (the title included). */
function applicationBlocks(pending: readonly PendingApplication[], room: number): KnownBlock[] {
  if (pending.length === 0) return [section("*Applications waiting for a decision:* none.")];
  const fits = pending.length <= room - 1;
  const shown = fits ? pending : pending.slice(0, room - 2);
  const hidden = pending.length - shown.length;
  return [
    section(`*Applications waiting for a decision (${pending.length}), oldest first*`),
    ...shown.map(applicationBlock),
    ...(hidden > 0 ? [context(`and ${hidden} more…`)] : []),
  ];
}

/** One waiting application with what is met and missing, and Open (the digest and the App Home). Pure. */
export function applicationBlock(application: PendingApplication): KnownBlock {
  const resubmitted = application.status === "resubmitted" ? " · resubmitted" : "";
  const lines = [
    `*${mention(application.trainee.slackUserId)}* · waiting ${waited(application.ageDays)}${resubmitted}`,
    ...(application.waitingOverFourWeeks ? [":warning: *Waiting over 4 weeks*"] : []),
    `*Met:* ${application.met.join("; ") || "none"}`,
    `*Missing:* ${application.missing.join("; ") || "nothing"}`,
    `*Supervisor's report:* ${application.reportIn ? (application.reportReady ? "in" : "not ready") : "not in yet"}`,
  ];
  return section(
    lines.join("\n"),
    button("Open", SHARED_IDS.openApplication, buttonValue({ id: application.id })),
  );
}
