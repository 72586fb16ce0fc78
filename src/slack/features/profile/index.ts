import type { App, BlockAction, ButtonAction, ViewSubmitAction } from "@slack/bolt";
import type { SubcommandHandler } from "../../commands/types.ts";
import type { BotDeps } from "../../deps.ts";
import { SHARED_IDS } from "../../ids.ts";
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
