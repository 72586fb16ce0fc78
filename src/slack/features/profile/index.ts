import type { App, BlockAction, ButtonAction, ViewSubmitAction } from "@slack/bolt";
import type { SubcommandHandler } from "../../commands/types.ts";
import type { BotDeps } from "../../deps.ts";
import { SHARED_IDS } from "../../ids.ts";
import { adminMemberSubcommand, adminPathwaySubcommand } from "./admin-commands.ts";
import { PROFILE_IDS } from "./ids.ts";
import { profileButton, profileCommand } from "./open-profile-form.ts";
import { submitProfileForm } from "./submit-profile-form.ts";

/** The trainee's profile: membership, training and the pathway start date. */
export function registerProfile(app: App, deps: BotDeps): void {
  app.view<ViewSubmitAction>(PROFILE_IDS.form, submitProfileForm(deps));
  app.action<BlockAction<ButtonAction>>(SHARED_IDS.openProfile, profileButton(deps));
}

export const profileSubcommands: Record<string, SubcommandHandler> = {
  profile: profileCommand,
};

/** Under `/balint admin`: `member` is for admins; `pathway` also for the leadership team. */
export const profileAdminSubcommands: Record<string, SubcommandHandler> = {
  member: adminMemberSubcommand,
  pathway: adminPathwaySubcommand,
};

/** Admin subcommands the leadership team may use too; each checks who is asking itself. */
export const LEADERSHIP_TEAM_ADMIN_SUBCOMMANDS: readonly string[] = ["pathway"];
