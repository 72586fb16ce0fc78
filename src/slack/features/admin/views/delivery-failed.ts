import type { Effect } from "../../../../domain/effects.ts";
import type { SlackMessage } from "../../../direct-message.ts";
import { buttonValue } from "../../../forms/button-value.ts";
import { actions, button, section } from "../../../views/blocks.ts";
import { escapeMrkdwn } from "../../../views/mrkdwn.ts";
import { ADMIN_IDS } from "../ids.ts";

/** What each kind of notice is, in the admins' words. */
const WHAT: Record<Effect["type"], string> = {
  "confirmations.request": "a request to confirm sessions",
  "confirmations.redraw": "an update to a confirmation request",
  "entries.decided": "a notice that sessions were confirmed or queried",
  "home.refresh": "an App Home refresh",
  "request.show": "a post to the leadership team",
  "request.received": "a thank-you to someone who wrote to the leadership team",
  "request.answered": "the leadership team's reply",
  "application.show": "an application post to the subcommittee",
  "application.submitted": "a notice that an application was sent",
  "application.decided": "the subcommittee's decision to a trainee",
  "person.accredited": "a congratulations on accreditation",
  "supervision.requested": "a request to supervise",
  "supervision.answered": "a leader's answer to a supervision request",
  "competencies.signed": "a competency sign-off notice",
  "report.submitted": "a supervisor's report",
  "profile.saved": "a profile confirmation",
  "delivery.failed": "a notice to the admins",
  "digest.post": "the weekly digest to the subcommittee",
  "reminder.confirmer": "a reminder to confirm sessions",
  "reminder.trainee": "a reminder to log sessions",
  "backup.failed": "a notice that a backup failed",
  "post.redact": "an edit removing an erased person's details from a post",
  "confirmations.sweep": "an edit removing an erased person's sessions from a confirmer's DMs",
};

/** A notice the outbox gave up on, as the admins are told of it. */
export interface FailedNotice {
  id: number;
  /** The effect's type, as stored. */
  effect: string;
  attempts: number;
  /** Slack's error code from the last attempt. */
  lastError: string | null;
}

function failureText({ id, effect, attempts, lastError }: FailedNotice): string {
  const what = WHAT[effect as Effect["type"]] ?? escapeMrkdwn(effect);
  const answer = escapeMrkdwn(lastError ?? "unknown");
  return `I could not deliver ${what} (item ${id}) after ${attempts} attempts; Slack's last answer was \`${answer}\`. The change itself is saved.`;
}

/**
 * Each admin's DM about a notice given up, with a button to try it again once the cause is
 * fixed. A notice to the admins is never given up into another, so it has no button.
 */
export function deliveryFailedMessage(failed: FailedNotice): SlackMessage {
  const text = `${failureText(failed)} If the bot was removed from a channel, invite it back, then choose Deliver again.`;
  return {
    text,
    blocks: [
      section(`:warning: ${text}`),
      actions(ADMIN_IDS.redeliverActions, [
        button("Deliver again", ADMIN_IDS.redeliver, buttonValue({ id: failed.id }), "primary"),
      ]),
    ],
  };
}

/** The same DM once an admin has asked for the notice again, without the button. */
export function redeliveryQueuedMessage(failed: FailedNotice): SlackMessage {
  const text = `${failureText(failed)} You asked for it to be delivered again: it is on its way, and if Slack refuses it again the admins will hear.`;
  return {
    text,
    blocks: [section(`:arrows_counterclockwise: ${text}`)],
  };
}
