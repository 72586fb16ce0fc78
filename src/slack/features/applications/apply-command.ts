import { getMyApplication } from "../../../services/applications/get-my-application.ts";
import { getProgress } from "../../../services/progress/get-progress.ts";
import type { CommandRequest } from "../../commands/types.ts";
import { serviceContext } from "../../deps.ts";
import { applyMessage } from "./views/apply-message.ts";

/** `/balint apply`: the checklist, where the application stands, and the button to apply. */
export async function applyCommand({ deps, slack, actor }: CommandRequest): Promise<void> {
  await slack.ack();
  const ctx = serviceContext(deps);
  const [progress, mine] = await Promise.all([
    getProgress(ctx, actor),
    getMyApplication(ctx, actor),
  ]);
  const message = applyMessage({
    evaluation: progress.evaluation,
    hasProfile: progress.hasProfile,
    mine,
    timeZone: deps.config.TIMEZONE,
    command: deps.config.SLASH_COMMAND,
  });
  await slack.respond({ response_type: "ephemeral", ...message });
}
