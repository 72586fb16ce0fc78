import type { KnownBlock } from "@slack/types";
import { getPathwayRoles } from "../../../services/progress/get-pathway-roles.ts";
import { actorFor, serviceContext } from "../../deps.ts";
import { buttonValue } from "../../forms/button-value.ts";
import { SHARED_IDS } from "../../ids.ts";
import { actions, button, context, header, section } from "../../views/blocks.ts";
import { inSubcommittee } from "../applications/home-section.ts";
import { ENQUIRY_IDS } from "../enquiries/ids.ts";
import { PRIVACY_IDS } from "../privacy/ids.ts";
import { SUPERVISION_IDS } from "../supervision/ids.ts";
import type { HomeSection } from "./home-section.ts";

export const WELCOME_BLOCKS = {
  newcomer: "home_newcomer_actions",
  everyone: "home_everyone_actions",
} as const;

const FROM_HOME = buttonValue({ from: "home" });

/** What the pathway is, and the newcomer's three first steps. Pure. */
function newcomerBlocks(): KnownBlock[] {
  return [
    section(
      "The Balint Society UK accredits Balint group leaders. The pathway: experience as an ordinary group member, co-leading at least 20 sessions, leadership courses or training days, and supervision with an accredited leader, who signs off five competencies and writes a report. Then you apply, and the leadership subcommittee recommends you to the Balint Council.",
    ),
    section(
      "*New here?* Tell the leadership team about your experience so far: they will advise you on a pathway. Already going to groups or co-leading? Set up your profile and log a session.",
    ),
    actions(WELCOME_BLOCKS.newcomer, [
      button(
        "Tell the leadership team about my experience",
        SHARED_IDS.openInterest,
        FROM_HOME,
        "primary",
      ),
      button("Set up my profile", SHARED_IDS.openProfile, FROM_HOME),
      button("Log a session", SHARED_IDS.openLog, FROM_HOME),
    ]),
  ];
}

/**
 * The top of everyone's Home: for a newcomer (neither trainee nor leader) what the pathway is
 * and how to start; for everyone, what anyone may ask for. Pure.
 */
export function welcomeBlocks(command: string, newcomer: boolean): KnownBlock[] {
  return [
    header("Balint Pathway"),
    ...(newcomer ? newcomerBlocks() : []),
    actions(WELCOME_BLOCKS.everyone, [
      button("Ask for a training day", ENQUIRY_IDS.openTrainingDay, FROM_HOME),
      button("Accredited leaders", SUPERVISION_IDS.showLeaders, FROM_HOME),
      button("Export my data", PRIVACY_IDS.exportOwn, FROM_HOME),
    ]),
    context(
      `Everything here is also a command: \`${command} help\` lists them. The lightning menu has "Log a Balint session" and "Leadership interest form" too.`,
    ),
  ];
}

/** A newcomer is none of trainee, leader, admin or subcommittee member. */
export const welcomeSection: HomeSection = async (deps, viewer, client) => {
  const actor = actorFor(deps, viewer.teamId, viewer.userId);
  const roles =
    viewer.personId === null
      ? { trainee: false, leader: false }
      : await getPathwayRoles(serviceContext(deps), actor);
  const newcomer =
    !roles.trainee &&
    !roles.leader &&
    !actor.isAdmin &&
    !(await inSubcommittee(deps, client, viewer.userId));
  return welcomeBlocks(deps.config.SLASH_COMMAND, newcomer);
};
