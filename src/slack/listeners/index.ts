import type { App } from "@slack/bolt";
import type { BotDeps } from "../deps.ts";
import { registerCommandRouter } from "../commands/router.ts";

/** Registers every listener: one call per listener kind. */
export function registerListeners(app: App, deps: BotDeps): void {
  registerCommandRouter(app, deps, {});
}
