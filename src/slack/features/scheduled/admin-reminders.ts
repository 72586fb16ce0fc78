import { AppError } from "../../../domain/app-error.ts";
import { recordReminders } from "../../../services/jobs/record-reminders.ts";
import type { SubcommandHandler } from "../../commands/types.ts";
import { serviceContext } from "../../deps.ts";
import { remindersSentReply } from "./views/admin-replies.ts";

/**
 * `admin reminders`: sends the reminders now, without using up today's scheduled run. Each
 * person's own limit still holds: a supervisor at most once a week, a trainee once per quiet spell.
 */
export const adminReminders: SubcommandHandler = async ({ deps, slack, rest }) => {
  if (rest) {
    throw new AppError(
      "INVALID_INPUT",
      "`admin reminders` takes no other words: try `admin reminders`.",
      { subcommand: "admin reminders" },
    );
  }
  await slack.ack();
  const summary = await recordReminders(serviceContext(deps));
  deps.logger.info("Sent the reminders", summary);
  await slack.respond({ response_type: "ephemeral", text: remindersSentReply(summary) });
};
