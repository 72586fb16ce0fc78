import { z } from "zod";
import { defineMethod } from "./define.ts";

export const authTest = defineMethod(z.object({}), (state) => {
  const { workspace } = state;
  return {
    ok: true,
    url: workspace.url,
    team: workspace.teamName,
    user: workspace.botName,
    team_id: workspace.teamId,
    user_id: workspace.botUserId,
    bot_id: workspace.botId,
    is_enterprise_install: false,
  };
});
