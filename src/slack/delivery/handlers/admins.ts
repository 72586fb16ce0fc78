import type { Effect } from "../../../domain/effects.ts";
import { getFailedOutboxItem } from "../../../services/delivery/settle-outbox-item.ts";
import { serviceContext } from "../../deps.ts";
import { section } from "../../views/blocks.ts";
import { directMessageOnce } from "../post-once.ts";
import type { EffectHandler } from "./types.ts";

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
};

/** Each admin hears once what could not be delivered, and Slack's last answer. */
export const tellAdminsOfFailure: EffectHandler<"delivery.failed"> = async (
  { deps, client, item },
  effect,
) => {
  const failed = await getFailedOutboxItem(serviceContext(deps), effect.itemId);
  if (!failed) return;
  const what = WHAT[failed.effect as Effect["type"]] ?? failed.effect;
  const text = `I could not deliver ${what} (item ${failed.id}) after ${failed.attempts} attempts; Slack's last answer was \`${failed.lastError ?? "unknown"}\`. The change itself is saved. If the bot was removed from a channel, invite it back.`;
  for (const admin of deps.config.ADMIN_USER_IDS) {
    await directMessageOnce(
      client,
      item,
      { slackUserId: admin, part: admin },
      { text, blocks: [section(`:warning: ${text}`)] },
    );
  }
};
