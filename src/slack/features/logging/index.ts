import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import type { SubcommandHandler } from "../../commands/types.ts";
import type { BotDeps } from "../../deps.ts";
import { SHARED_IDS } from "../../ids.ts";
import { undoEntry, withdrawFromList } from "./entries/entry-buttons.ts";
import { openSessionsButton } from "./entries/sessions-button.ts";
import { sessionsCommand } from "./entries/sessions-command.ts";
import { LOGGING_IDS } from "./ids.ts";
import { logCommand } from "./log/log-command.ts";
import { openLogButton, submitLogModal } from "./log/log-modal.ts";
import { progressCommand } from "./progress-command.ts";
import { toggleNudges } from "./toggle-nudges.ts";

/** Logging sessions, listing them, progress and the reminders setting. */
export function registerLogging(app: App, deps: BotDeps): void {
  app.action<BlockAction<ButtonAction>>(SHARED_IDS.openLog, openLogButton(deps));
  app.view(LOGGING_IDS.logModal, submitLogModal(deps));
  app.action<BlockAction<ButtonAction>>(LOGGING_IDS.undo, undoEntry(deps));
  app.action<BlockAction<ButtonAction>>(LOGGING_IDS.withdraw, withdrawFromList(deps));
  app.action<BlockAction<ButtonAction>>(LOGGING_IDS.openSessions, openSessionsButton(deps));
  app.action<BlockAction<ButtonAction>>(SHARED_IDS.toggleNudges, toggleNudges(deps));
}

export const loggingSubcommands: Record<string, SubcommandHandler> = {
  log: logCommand,
  sessions: sessionsCommand,
  progress: progressCommand,
};
