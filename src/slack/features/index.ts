import type { App } from "@slack/bolt";
import { adminRouter } from "../commands/admin.ts";
import { registerCommandRouter } from "../commands/router.ts";
import type { BotDeps } from "../deps.ts";
import { registerAdminHome } from "./admin/index.ts";
import {
  applicationAdminSubcommands,
  applicationSubcommands,
  registerApplications,
} from "./applications/index.ts";
import { enquirySubcommands, registerEnquiries } from "./enquiries/index.ts";
import { registerHome } from "./home/index.ts";
import { loggingSubcommands, registerLogging } from "./logging/index.ts";
import { privacyAdminSubcommands, privacySubcommands, registerPrivacy } from "./privacy/index.ts";
import {
  LEADERSHIP_TEAM_ADMIN_SUBCOMMANDS,
  profileAdminSubcommands,
  profileSubcommands,
  registerProfile,
} from "./profile/index.ts";
import { registerScheduledWork, scheduledWorkAdminSubcommands } from "./scheduled/index.ts";
import { registerShortcuts } from "./shortcuts/index.ts";
import {
  registerSupervision,
  supervisionAdminSubcommands,
  supervisionSubcommands,
} from "./supervision/index.ts";

/** Registers every listener: each feature registers its own actions, views and events. */
export function registerListeners(app: App, deps: BotDeps): void {
  registerHome(app, deps);
  registerEnquiries(app, deps);
  registerProfile(app, deps);
  registerLogging(app, deps);
  registerSupervision(app, deps);
  registerApplications(app, deps);
  registerScheduledWork(app, deps);
  registerPrivacy(app, deps);
  registerShortcuts(app, deps);
  registerAdminHome(app, deps);
  registerCommandRouter(app, deps, {
    ...enquirySubcommands,
    ...profileSubcommands,
    ...loggingSubcommands,
    ...supervisionSubcommands,
    ...applicationSubcommands,
    ...privacySubcommands,
    admin: adminRouter(
      {
        ...supervisionAdminSubcommands,
        ...applicationAdminSubcommands,
        ...scheduledWorkAdminSubcommands,
        ...profileAdminSubcommands,
        ...privacyAdminSubcommands,
      },
      LEADERSHIP_TEAM_ADMIN_SUBCOMMANDS,
    ),
  });
}
