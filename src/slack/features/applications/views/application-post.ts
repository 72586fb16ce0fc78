import type { KnownBlock } from "@slack/types";
import {
  describeEvent,
  isApplicationStatus,
  PENDING_DECISION_STATUSES,
  statusLabel,
} from "../../../../domain/application-status.ts";
import type { SocietyNames } from "../../../../domain/societies.ts";
import type { ApplicationRecord } from "../../../../services/applications/get-application.ts";
import { buttonValue } from "../../../forms/button-value.ts";
import {
  actions,
  button,
  context,
  divider,
  fields,
  header,
  mention,
  section,
} from "../../../views/blocks.ts";
import { SLACK_LIMITS, truncate } from "../../../views/limits.ts";
import { escapeMrkdwn } from "../../../views/mrkdwn.ts";
import { DECISION_ACTION_IDS } from "../ids.ts";
import { checklistLines, metCount, missingLine } from "./checklist.ts";
import { dayOf, longTextSections, oneLine, quote } from "./text.ts";

export interface PostOptions {
  timeZone: string;
  /** The slash command, e.g. "/balint", for the next step after a recommendation. */
  command: string;
  /** The society the bot serves: who decides and who accredits. */
  society: SocietyNames;
}

const HISTORY_ROWS = 10;

/** Whether the subcommittee can still decide: only then does the post carry the buttons. */
export function awaitsDecision(status: string): boolean {
  return (PENDING_DECISION_STATUSES as readonly string[]).includes(status);
}

/** The application as the subcommittee sees it, without buttons (also the modal's body). Pure. */
export function applicationBlocks(record: ApplicationRecord, options: PostOptions): KnownBlock[] {
  const { timeZone } = options;
  const who = mention(record.trainee.slackUserId);
  const submitted = record.submittedAt ? dayOf(record.submittedAt, timeZone) : "an unknown date";
  const resubmitted = record.history.filter((e) => e.toStatus === "resubmitted").at(-1);
  const missing = missingLine(record.checklist.missing);
  return [
    header("Application for accreditation"),
    section(
      `${who} applied on ${submitted}${resubmitted ? `, and resubmitted on ${dayOf(resubmitted.at, timeZone)}` : ""}.`,
    ),
    fields([
      ["Status", statusLabel(record.status)],
      ["Checklist", metCount(record.checklist.criteria)],
      [
        "Supervisor's report",
        record.report
          ? `${record.report.readyToApply ? "In" : "Not ready"}, from ${mention(record.report.supervisor.slackUserId)}`
          : "No report yet",
      ],
      ["Ruleset", record.rulesetId],
    ]),
    section(`*Checklist when submitted*\n${checklistLines(record.checklist.criteria)}`),
    ...(missing ? [section(missing)] : []),
    divider(),
    ...longTextSections("Statement", record.statement),
    divider(),
    ...reportBlocks(record, timeZone),
    divider(),
    section(statusText(record, options)),
    ...historyBlocks(record, timeZone),
  ];
}

/** The post in the subcommittee channel: the application and, while it waits, the decision buttons. */
export function applicationPost(record: ApplicationRecord, options: PostOptions) {
  const buttons = awaitsDecision(record.status) ? [decisionButtons(record)] : [];
  const blocks = [...applicationBlocks(record, options), ...buttons];
  return {
    text: `Application for accreditation from ${mention(record.trainee.slackUserId)}: ${statusLabel(record.status)}`,
    blocks: blocks.slice(0, SLACK_LIMITS.blocksPerMessage),
  };
}

function decisionButtons(record: ApplicationRecord): KnownBlock {
  const value = buttonValue({ id: record.id, trainee: record.trainee.slackUserId });
  return actions(`application_decide_${record.id}`, [
    button("Recommend to Council", DECISION_ACTION_IDS.recommend, value, "primary"),
    button("Ask for more information", DECISION_ACTION_IDS.more_info, value),
    button("Not yet", DECISION_ACTION_IDS.not_yet, value, "danger"),
  ]);
}

function reportBlocks(record: ApplicationRecord, timeZone: string): KnownBlock[] {
  const { report } = record;
  if (!report) {
    return [section("*Supervisor's report:* no report yet.")];
  }
  return [
    ...longTextSections("Supervisor's report", report.text),
    context(
      `From ${mention(report.supervisor.slackUserId)} on ${dayOf(report.submittedAt, timeZone)} · ${report.readyToApply ? "ready to apply: yes" : "report: not ready (the supervisor says not yet)"}`,
    ),
  ];
}

/** Where the application stands: who decided what, when and why, and what happens next. */
function statusText(record: ApplicationRecord, options: PostOptions): string {
  const latest = record.history.at(-1);
  const trainee = mention(record.trainee.slackUserId);
  if (awaitsDecision(record.status) || !latest) {
    return `⏳ *Waiting for ${options.society.committeeShort}'s decision.*`;
  }
  const by = mention(latest.actor.slackUserId);
  const day = dayOf(latest.at, options.timeZone);
  const why = latest.reason ? `\n${quote(truncate(latest.reason, 2000))}` : "";
  switch (record.status) {
    case "more_info_requested":
      return `❓ *More information requested* by ${by} on ${day}:${why}\nWaiting for ${trainee} to update and resubmit.`;
    case "recommended":
      return `✅ *Recommended to ${options.society.council}* by ${by} on ${day}:${why}\nWhen ${options.society.councilShort} has decided, an admin records it with \`${options.command} admin accredit @person [date]\`.`;
    case "not_yet":
      return `⏸️ *Not yet*, decided by ${by} on ${day}:${why}`;
    case "accredited":
      return `🎓 *${escapeMrkdwn(latest.reason ?? "Accredited.")}* Recorded by ${by} on ${day}.`;
    default:
      return `*${isApplicationStatus(record.status) ? statusLabel(record.status) : escapeMrkdwn(record.status)}* (${by}, ${day}).`;
  }
}

function historyBlocks(record: ApplicationRecord, timeZone: string): KnownBlock[] {
  if (record.history.length === 0) return [];
  const rows = record.history.slice(-HISTORY_ROWS).map((event) => {
    const line = describeEvent(
      mention(event.actor.slackUserId),
      event.toStatus,
      dayOf(event.at, timeZone),
    );
    return event.reason ? `• ${line}: “${escapeMrkdwn(oneLine(event.reason, 200))}”` : `• ${line}`;
  });
  const earlier = record.history.length - rows.length;
  const more = earlier > 0 ? [`_…and ${earlier} earlier._`] : [];
  return [section(`*History*\n${[...more, ...rows].join("\n")}`)];
}
