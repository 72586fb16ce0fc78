import type { SlackMessage } from "../../../direct-message.ts";
import { buttonValue } from "../../../forms/button-value.ts";
import { actions, button, context, mention, section } from "../../../views/blocks.ts";
import { SUPERVISION_IDS } from "../ids.ts";
import { formatMoment } from "./entry-text.ts";

/** The DM asking an accredited leader to supervise a trainee, with Accept / Decline. Pure. */
export function supervisionRequestMessage(
  traineeUserId: string,
  supervisionId: number,
): SlackMessage {
  const trainee = mention(traineeUserId);
  const value = buttonValue({ id: supervisionId });
  return {
    text: `${trainee} asks you to be their supervisor.`,
    blocks: [
      section(
        `*${trainee} asks you to be their supervisor* on the Balint Society's pathway to accreditation as a group leader.`,
      ),
      context(
        "As their supervisor you confirm the sessions they log with you or without an accredited co-leader, sign off the five competencies, and write the supervisor's report when you are happy to.",
      ),
      actions("supervision_answer", [
        button("Accept", SUPERVISION_IDS.acceptSupervision, value, "primary"),
        button("Decline", SUPERVISION_IDS.declineSupervision, value),
      ]),
    ],
  };
}

/** The same DM once answered: who answered and when, without buttons. Pure. */
export function supervisionAnsweredMessage(input: {
  traineeUserId: string;
  supervisorUserId: string;
  state: string;
  respondedAt: Date | null;
  timeZone: string;
}): SlackMessage {
  const trainee = mention(input.traineeUserId);
  const when = input.respondedAt ? ` on ${formatMoment(input.respondedAt, input.timeZone)}` : "";
  const by = mention(input.supervisorUserId);
  const text =
    input.state === "declined"
      ? `:no_entry_sign: ${by} declined to supervise ${trainee}${when}.`
      : input.state === "requested"
        ? `${trainee} asks you to be their supervisor.`
        : `:white_check_mark: ${by} accepted to supervise ${trainee}${when}.`;
  return { text, blocks: [section(text)] };
}

/** What the trainee is told once the leader answers. Pure. */
export function supervisionOutcomeMessage(input: {
  supervisorUserId: string;
  accepted: boolean;
  endedPrevious: boolean;
  command: string;
}): SlackMessage {
  const who = mention(input.supervisorUserId);
  if (!input.accepted) {
    const text = `${who} declined your request for supervision. You can ask another accredited leader with \`${input.command} supervisor @person\`; \`${input.command} leaders\` lists them.`;
    return { text, blocks: [section(text)] };
  }
  const lines = [
    `:tada: ${who} accepted: they are now your supervisor. Sessions that wait for a supervisor's confirmation go to them.`,
  ];
  if (input.endedPrevious) {
    lines.push("Your previous supervision has ended; its history is kept.");
  }
  const text = lines.join(" ");
  return { text, blocks: [section(text)] };
}
