import type { App } from "@slack/bolt";
import { recordHomeOpened } from "../../../services/delivery/record-home-opened.ts";
import { type BotDeps, serviceContext } from "../../deps.ts";
import { publishHome } from "./publish-home.ts";

/**
 * The App Home tab: published whenever someone opens it. The time is stored first, so a change
 * stored after this publish has read the data re-publishes the Home (src/db/home-views.ts).
 */
export function registerHome(app: App, deps: BotDeps): void {
  app.event("app_home_opened", async ({ event, body, client }) => {
    if (event.tab !== "home") return;
    const who = { teamId: body.team_id, userId: event.user };
    await recordHomeOpened(serviceContext(deps), who);
    await publishHome(deps, client, who);
  });
}
