import type { SubcommitteeDecision } from "../../../../domain/application-status.ts";
import { formatUkDate } from "../../../../domain/dates.ts";
import type { SocietyNames } from "../../../../domain/societies.ts";
import { mention, section } from "../../../views/blocks.ts";
import { escapeMrkdwn } from "../../../views/mrkdwn.ts";
import { quote } from "./text.ts";

const capitalise = (words: string) => `${words.charAt(0).toUpperCase()}${words.slice(1)}`;

/** The DM a trainee gets when their application reaches the subcommittee. Pure. */
export function submittedNotice(
  kind: "apply" | "resubmit",
  missing: readonly string[],
  society: SocietyNames,
) {
  const lead =
    kind === "apply"
      ? `Your application for accreditation is with ${society.committee}.`
      : `Your updated application is back with ${society.committee}.`;
  const gaps =
    missing.length > 0
      ? ` You applied with gaps on your checklist (${missing.join("; ")}); ${society.committeeShort} will read what your statement says about them.`
      : "";
  const text = `${lead} They decide whether to recommend you to ${society.council}, and I will tell you here when they do.${gaps}`;
  return { text, blocks: [section(text)] };
}

const DECISION_LEADS: Record<
  SubcommitteeDecision,
  (command: string, society: SocietyNames) => string
> = {
  recommend: (_command, society) =>
    `Good news: ${society.committee} has recommended your application to ${society.council}. An admin will record ${society.councilShort}'s decision, and I will tell you here.`,
  more_info: (command, society) =>
    `${capitalise(society.committee)} has asked for more information about your application. When you are ready, use \`${command} apply\` to update your statement and resubmit it.`,
  not_yet: (command, society) =>
    `${capitalise(society.committee)} has decided “not yet” on your application. The criteria are guidelines: talk it over with your supervisor, and use \`${command} apply\` when you are ready to apply again.`,
};

/** The DM a trainee gets with the subcommittee's decision and its reason. Pure. */
export function decisionNotice(
  decision: SubcommitteeDecision,
  reason: string,
  command: string,
  society: SocietyNames,
) {
  const lead = DECISION_LEADS[decision](command, society);
  return {
    text: `${lead} Their reason: ${escapeMrkdwn(reason)}`,
    blocks: [section(lead), section(`*Their reason*\n${quote(reason)}`)],
  };
}

/** The congratulations DM for a newly accredited leader. Pure. */
export function accreditedNotice(accreditedOn: string, society: SocietyNames) {
  const text = `Congratulations! ${capitalise(society.council)} has accredited you as a Balint group leader (decision of ${formatUkDate(accreditedOn)}). You are now on the ${society.name}'s register of accredited leaders, and trainees can ask you to be their supervisor.`;
  return { text, blocks: [section(`🎓 ${text}`)] };
}

/** The admin's private confirmation of `admin accredit`. Pure. */
export function accreditedConfirmation(input: {
  slackUserId: string;
  accreditedOn: string;
  hadApplication: boolean;
}): string {
  const who = mention(input.slackUserId);
  const application = input.hadApplication
    ? " Their application is marked accredited."
    : " There was no recommended application in the bot; the register is updated all the same.";
  return `${who} is now on the register of accredited leaders, accredited on ${formatUkDate(input.accreditedOn)}.${application} I have congratulated them by DM.`;
}

/** Tells the subcommittee, in the post's thread and the channel, that a trainee has answered. */
export function resubmittedAnnouncement(slackUserId: string): string {
  return `${mention(slackUserId)} has updated and resubmitted their application: the post above now shows the new statement and checklist, and it is waiting for a decision again.`;
}
