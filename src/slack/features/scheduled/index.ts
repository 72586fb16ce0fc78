import type { App } from "@slack/bolt";
import type { SubcommandHandler } from "../../commands/types.ts";
import type { BotDeps } from "../../deps.ts";
import { adminDigest } from "./admin-digest.ts";
import { adminReminders } from "./admin-reminders.ts";

/**
 * The weekly digest and the daily reminders. The scheduler (src/jobs) records them and the outbox
 * delivers them (src/slack/delivery/handlers/scheduled.ts); their buttons
 * (open an application, turn nudges off) belong to the features that own those actions, so there
 * are no listeners here.
 */
export function registerScheduledWork(_app: App, _deps: BotDeps): void {}

export const scheduledWorkAdminSubcommands: Record<string, SubcommandHandler> = {
  digest: adminDigest,
  reminders: adminReminders,
};
