import type { App } from "@slack/bolt";
import type { SubcommandHandler } from "../../commands/types.ts";
import type { BotDeps } from "../../deps.ts";
import { accreditCommand } from "./accredit-command.ts";
import { applyCommand } from "./apply-command.ts";
import { registerApplyForm } from "./apply-form.ts";
import { registerDecisions } from "./decisions.ts";
import { registerOpenApplication } from "./open-application.ts";

/** Applying for accreditation, the subcommittee's decisions and the Council's accreditation. */
export function registerApplications(app: App, deps: BotDeps): void {
  registerApplyForm(app, deps);
  registerDecisions(app, deps);
  registerOpenApplication(app, deps);
}

export const applicationSubcommands: Record<string, SubcommandHandler> = {
  apply: applyCommand,
};

/** Routed by the admin router, which has already checked that the user is an admin. */
export const applicationAdminSubcommands: Record<string, SubcommandHandler> = {
  accredit: accreditCommand,
};
