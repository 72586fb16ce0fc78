import { getProgress } from "../../../services/progress/get-progress.ts";
import type { SubcommandHandler } from "../../commands/types.ts";
import { serviceContext } from "../../deps.ts";
import { progressBlocks, progressText } from "./views/progress-view.ts";

/** `/balint progress`: the checklist against the trainee's ruleset, privately. */
export const progressCommand: SubcommandHandler = async ({ deps, slack, actor }) => {
  const facts = await getProgress(serviceContext(deps), actor);
  await slack.ack({
    response_type: "ephemeral",
    text: progressText(facts),
    blocks: progressBlocks(facts, deps.config.SLASH_COMMAND),
  });
};
