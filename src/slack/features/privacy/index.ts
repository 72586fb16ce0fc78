import type { App } from "@slack/bolt";
import type { SubcommandHandler } from "../../commands/types.ts";
import type { BotDeps } from "../../deps.ts";
import { adminEraseSubcommand, registerErase } from "./erase.ts";
import { registerExportButton } from "./export-button.ts";
import { adminExportSubcommand, exportSubcommand } from "./export-command.ts";

/** Subject access and erasure: `export`, `admin export`, `admin erase` and its confirmation. */
export function registerPrivacy(app: App, deps: BotDeps): void {
  registerErase(app, deps);
  registerExportButton(app, deps);
}

export const privacySubcommands: Record<string, SubcommandHandler> = {
  export: exportSubcommand,
};

/** Under `/balint admin`: the admin router has already checked the admin. */
export const privacyAdminSubcommands: Record<string, SubcommandHandler> = {
  export: adminExportSubcommand,
  erase: adminEraseSubcommand,
};
