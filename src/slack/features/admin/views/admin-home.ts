import type { KnownBlock } from "@slack/types";
import { calendarDate, formatUkDate } from "../../../../domain/dates.ts";
import type { JobStatus } from "../../../../services/jobs/list-last-job-runs.ts";
import type { ListedLeader } from "../../../../services/register/list-leaders.ts";
import { buttonValue } from "../../../forms/button-value.ts";
import { actions, button, context, header, mention, section } from "../../../views/blocks.ts";
import { escapeMrkdwn } from "../../../views/mrkdwn.ts";
import { ADMIN_IDS, personFormAction } from "../ids.ts";
import { PERSON_FORM_KINDS, PERSON_FORMS } from "./person-forms.ts";

/** Leaders shown with their own Remove button; the rest are listed (100 blocks for the Home). */
export const MAX_LEADERS_WITH_BUTTONS = 20;

export interface AdminHome {
  leaders: readonly ListedLeader[];
  jobs: readonly JobStatus[];
  /** What each job is called here, by the name its runs are claimed under. */
  jobNames: Readonly<Record<string, string>>;
  timeZone: string;
}

function moment(at: Date, timeZone: string): string {
  const time = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
  }).format(at);
  return `${formatUkDate(calendarDate(at, timeZone))} ${time}`;
}

function jobLine({ job, last }: JobStatus, names: AdminHome["jobNames"], timeZone: string): string {
  const name = names[job] ?? escapeMrkdwn(job);
  if (!last) return `• *${name}*: has not run yet.`;
  const started = `last run ${last.period}, started ${moment(last.startedAt, timeZone)}`;
  return last.finishedAt
    ? `• :white_check_mark: *${name}*: ${started}, finished ${moment(last.finishedAt, timeZone)}.`
    : `• :x: *${name}*: ${started}, and did not finish: it failed (see the log), or is still running.`;
}

function registerBlocks(leaders: readonly ListedLeader[]): KnownBlock[] {
  const shown = leaders.slice(0, MAX_LEADERS_WITH_BUTTONS);
  const rest = leaders.slice(MAX_LEADERS_WITH_BUTTONS);
  const line = (l: ListedLeader) =>
    `${mention(l.slackUserId)}, accredited on ${formatUkDate(l.accreditedOn)}`;
  return [
    section(`*The register of accredited leaders* (${leaders.length})`),
    ...shown.map((leader) =>
      section(
        line(leader),
        button("Remove", ADMIN_IDS.removeLeader, buttonValue({ user: leader.slackUserId })),
      ),
    ),
    ...(rest.length > 0 ? [section(rest.map((l) => `• ${line(l)}`).join("\n"))] : []),
    actions(ADMIN_IDS.registerActions, [
      button("Add a leader", ADMIN_IDS.addLeader, buttonValue({ from: "home" }), "primary"),
      button("Remove a leader", ADMIN_IDS.removeLeader, buttonValue({ from: "home" })),
    ]),
  ];
}

/**
 * The admin's part of the App Home: the register with Add and Remove, the scheduled jobs' last
 * runs and whether they failed, and buttons to run the digest or the reminders now. Pure.
 */
export function adminHomeBlocks(home: AdminHome): KnownBlock[] {
  const { jobs, jobNames, timeZone } = home;
  return [
    header("Admin"),
    ...registerBlocks(home.leaders),
    section("*About one person*: the `admin` commands, as forms."),
    actions(
      ADMIN_IDS.personActions,
      PERSON_FORM_KINDS.map((kind) =>
        button(
          PERSON_FORMS[kind].button,
          personFormAction(kind),
          buttonValue({ form: kind }),
          kind === "erase" ? "danger" : undefined,
        ),
      ),
    ),
    section(
      `*Scheduled work*\n${jobs.map((status) => jobLine(status, jobNames, timeZone)).join("\n")}`,
    ),
    actions(ADMIN_IDS.jobActions, [
      button("Run digest now", ADMIN_IDS.runDigest, buttonValue({ from: "home" })),
      button("Run reminders now", ADMIN_IDS.runReminders, buttonValue({ from: "home" })),
    ]),
    context(
      "Running now does not use up the scheduled run. Each person's own limit still holds: a supervisor hears at most once a week.",
    ),
  ];
}
