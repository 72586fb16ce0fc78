import type { KnownBlock } from "@slack/types";
import { calendarDate, formatUkDate } from "../../../../domain/dates.ts";
import { progressBar } from "../../../../domain/progress-bar.ts";
import type { SupervisorOverview } from "../../../../services/supervision/get-supervisor-overview.ts";
import { buttonValue } from "../../../forms/button-value.ts";
import { actions, button, context, header, mention, section } from "../../../views/blocks.ts";
import { SUPERVISION_IDS } from "../ids.ts";
import { shownEntry } from "./confirmations/entry-values.ts";
import { entrySummary } from "./entry-text.ts";

export const MAX_HOME_ENTRIES = 10;
const MAX_TRAINEE_LINES = 30;
/** Trainees shown with their own buttons; any more are listed below them (within 100 blocks). */
export const MAX_TRAINEES_WITH_BUTTONS = 10;

/** Sign off competencies and Write report, for one trainee: the forms their commands open. */
function traineeButtons(slackUserId: string): KnownBlock {
  const value = buttonValue({ user: slackUserId });
  return actions(`home_trainee_${slackUserId}`, [
    button("Sign off competencies", SUPERVISION_IDS.openCompetencies, value),
    button("Write report", SUPERVISION_IDS.openReport, value),
  ]);
}

function traineeLine(trainee: SupervisorOverview["trainees"][number], timeZone: string): string {
  const bar = progressBar(trainee.criteriaMet, trainee.criteriaTotal);
  const parts = [
    `${mention(trainee.slackUserId)}  ${bar} ${trainee.criteriaMet} of ${trainee.criteriaTotal} criteria met`,
  ];
  if (trainee.awaitingYou > 0) parts.push(`${trainee.awaitingYou} waiting for you`);
  if (trainee.reportSubmittedAt) {
    parts.push(`report sent ${formatUkDate(calendarDate(trainee.reportSubmittedAt, timeZone))}`);
  }
  return parts.join(" · ");
}

function awaitingBlocks(overview: SupervisorOverview): KnownBlock[] {
  const { awaiting } = overview;
  if (awaiting.length === 0) return [];
  const blocks: KnownBlock[] = [section(`*Waiting for your confirmation (${awaiting.length})*`)];
  for (const entry of awaiting.slice(0, MAX_HOME_ENTRIES)) {
    const instead = entry.supervisorInstead ? " _(as their supervisor)_" : "";
    blocks.push(
      section(`${mention(entry.trainee.slackUserId)} · ${entrySummary(entry)}${instead}`),
      actions(`home_entry_${entry.id}`, [
        button("Confirm", SUPERVISION_IDS.confirmEntry, shownEntry(entry), "primary"),
        button("Query", SUPERVISION_IDS.queryEntry, buttonValue({ id: entry.id })),
      ]),
    );
  }
  if (awaiting.length > MAX_HOME_ENTRIES) {
    blocks.push(
      context(`${awaiting.length - MAX_HOME_ENTRIES} more are in your direct messages from me.`),
    );
  }
  return blocks;
}

/**
 * The supervisor's part of the App Home: trainees with progress at a glance, requests to
 * supervise, and entries waiting for them. Nothing for someone who is neither. Pure.
 */
export function supervisorHomeBlocks(
  overview: SupervisorOverview,
  options: { timeZone: string; command: string },
): KnownBlock[] {
  const { trainees, requests, awaiting, isLeader } = overview;
  if (!isLeader && trainees.length + requests.length + awaiting.length === 0) return [];
  const { command, timeZone } = options;
  const blocks: KnownBlock[] = [header("Your trainees")];
  if (requests.length > 0) {
    const lines = requests.map(
      (r) =>
        `• ${mention(r.traineeSlackUserId)} asked on ${formatUkDate(calendarDate(r.requestedAt, timeZone))}`,
    );
    blocks.push(
      section(
        `*Asking you to supervise them* (answer in your direct messages)\n${lines.join("\n")}`,
      ),
    );
  }
  if (trainees.length === 0) {
    blocks.push(
      context(
        `You supervise nobody yet. A trainee asks with \`${command} supervisor @you\`, and you accept in a direct message.`,
      ),
    );
  } else {
    for (const trainee of trainees.slice(0, MAX_TRAINEES_WITH_BUTTONS)) {
      blocks.push(section(traineeLine(trainee, timeZone)), traineeButtons(trainee.slackUserId));
    }
    const more = trainees.slice(MAX_TRAINEES_WITH_BUTTONS, MAX_TRAINEE_LINES);
    if (more.length > 0) blocks.push(section(more.map((t) => traineeLine(t, timeZone)).join("\n")));
    blocks.push(
      context(
        `\`${command} competencies @trainee\` signs off the five competencies · \`${command} report @trainee\` writes your report.`,
      ),
    );
  }
  return [...blocks, ...awaitingBlocks(overview)];
}
