import { AppError } from "../../../domain/app-error.ts";
import { requestDigest } from "../../../services/jobs/request-digest.ts";
import type { SubcommandHandler } from "../../commands/types.ts";
import { serviceContext } from "../../deps.ts";
import { digestPostedReply } from "./views/admin-replies.ts";

/** `admin digest`: posts the digest now (through the outbox); this week's scheduled one is not used up. */
export const adminDigest: SubcommandHandler = async ({ deps, slack, rest }) => {
  if (rest) {
    throw new AppError(
      "INVALID_INPUT",
      "`admin digest` takes no other words: try `admin digest`.",
      {
        subcommand: "admin digest",
      },
    );
  }
  await slack.ack();
  const content = await requestDigest(serviceContext(deps));
  await slack.respond({
    response_type: "ephemeral",
    text: digestPostedReply(content, deps.config.SUBCOMMITTEE_CHANNEL_ID),
  });
};
