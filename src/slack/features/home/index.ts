import type { App } from "@slack/bolt";
import type { BotDeps } from "../../deps.ts";
import { publishHome } from "./publish-home.ts";

/** The App Home tab: published whenever someone opens it. */
export function registerHome(app: App, deps: BotDeps): void {
  app.event("app_home_opened", async ({ event, body, client }) => {
    if (event.tab !== "home") return;
    await publishHome(deps, client, { teamId: body.team_id, userId: event.user });
  });
}
