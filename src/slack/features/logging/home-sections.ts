import { getMyApplication } from "../../../services/applications/get-my-application.ts";
import { findTraineeProfile } from "../../../services/progress/find-trainee-profile.ts";
import { getProgress } from "../../../services/progress/get-progress.ts";
import { actorFor, serviceContext } from "../../deps.ts";
import { homeApplication } from "../applications/views/home-application.ts";
import type { HomeSection } from "../home/home-section.ts";
import { traineeHomeBlocks } from "./views/progress-view.ts";
import { settingsBlocks } from "./views/settings-view.ts";

/**
 * The trainee's checklist, for anyone who has a profile or has logged something (logging
 * always creates the profile row); nothing for others.
 */
export const traineeHomeSection: HomeSection = async (deps, viewer) => {
  if (viewer.personId === null) return [];
  if (!(await findTraineeProfile(serviceContext(deps), viewer.personId))) return [];
  const actor = actorFor(deps, viewer.teamId, viewer.userId);
  const ctx = serviceContext(deps);
  const [facts, mine] = await Promise.all([getProgress(ctx, actor), getMyApplication(ctx, actor)]);
  const application = homeApplication(mine, facts.evaluation, deps.config.TIMEZONE);
  return traineeHomeBlocks(facts, deps.config.SLASH_COMMAND, application);
};

/** Settings for anyone the bot knows: the eight-week reminders to log. */
export const settingsHomeSection: HomeSection = async (_deps, viewer) =>
  viewer.personId === null ? [] : settingsBlocks(viewer.nudgesOptedOut);
