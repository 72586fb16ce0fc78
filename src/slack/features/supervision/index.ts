import type { App } from "@slack/bolt";
import type { SubcommandHandler } from "../../commands/types.ts";
import type { BotDeps } from "../../deps.ts";
import { registerAskSupervisor } from "./ask-supervisor.ts";
import { registerDecisionActions } from "./confirmations/decide-actions.ts";
import { registerQuery } from "./confirmations/query.ts";
import { registerReminderActions } from "./confirmations/reminder-actions.ts";
import { registerResubmit } from "./confirmations/resubmit.ts";
import { SUPERVISION_IDS } from "./ids.ts";
import { adminLeaderSubcommand, leadersSubcommand } from "./leaders.ts";
import { leadersButton } from "./leaders-button.ts";
import { competenciesSubcommand, registerCompetencies } from "./sign-off/competencies.ts";
import { registerReport, reportSubcommand } from "./sign-off/report.ts";
import { registerSupervisorRequestActions, supervisorSubcommand } from "./supervisor-request.ts";

/** The supervisor journey's buttons and modals. */
export function registerSupervision(app: App, deps: BotDeps): void {
  registerSupervisorRequestActions(app, deps);
  registerDecisionActions(app, deps);
  registerQuery(app, deps);
  registerResubmit(app, deps);
  registerCompetencies(app, deps);
  registerReport(app, deps);
  registerAskSupervisor(app, deps);
  registerReminderActions(app, deps);
  app.action(SUPERVISION_IDS.showLeaders, leadersButton(deps));
}

export const supervisionSubcommands: Record<string, SubcommandHandler> = {
  leaders: leadersSubcommand,
  supervisor: supervisorSubcommand,
  competencies: competenciesSubcommand,
  report: reportSubcommand,
};

/** Under `/balint admin`: the admin router has already checked the admin. */
export const supervisionAdminSubcommands: Record<string, SubcommandHandler> = {
  leader: adminLeaderSubcommand,
};
