import type { App } from "@slack/bolt";
import { registerCommandRouter } from "../commands/router.ts";
import type { BotDeps } from "../deps.ts";

/** Registers every listener: one call per listener kind. */
export function registerListeners(app: App, deps: BotDeps): void {
  registerCommandRouter(app, deps, {});
}
