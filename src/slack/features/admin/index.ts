import type { App } from "@slack/bolt";
import type { BotDeps } from "../../deps.ts";
import { registerLeaderForms } from "./leader-forms.ts";
import { registerPersonForms } from "./person-forms.ts";
import { registerRedeliver } from "./redeliver.ts";
import { registerRunNow } from "./run-now.ts";

/**
 * The admin's App Home buttons and forms (the commands stay under `/balint admin`), and the
 * button in their DM about a notice given up.
 */
export function registerAdminHome(app: App, deps: BotDeps): void {
  registerLeaderForms(app, deps);
  registerRunNow(app, deps);
  registerPersonForms(app, deps);
  registerRedeliver(app, deps);
}
