import { AppError } from "../../../domain/app-error.ts";
import { postDigestNow } from "../../../jobs/digest.ts";
import type { SubcommandHandler } from "../../commands/types.ts";
import { digestPostedReply } from "./views/admin-replies.ts";

/** `admin digest`: posts the digest now; the scheduled one for this week is not used up. */
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
  const result = await postDigestNow(deps, slack.client, deps.now());
  await slack.respond({ response_type: "ephemeral", text: digestPostedReply(result) });
};
