import { getSupervisorOverview } from "../../../services/supervision/get-supervisor-overview.ts";
import { actorFor, serviceContext } from "../../deps.ts";
import type { HomeSection } from "../home/home-section.ts";
import { supervisorHomeBlocks } from "./views/supervisor-home.ts";

/** The supervisor's App Home section: data first, then a pure view. */
export const supervisorHomeSection: HomeSection = async (deps, viewer) => {
  if (viewer.personId === null) return [];
  const overview = await getSupervisorOverview(
    serviceContext(deps),
    actorFor(deps, viewer.teamId, viewer.userId),
  );
  return supervisorHomeBlocks(overview, {
    timeZone: deps.config.TIMEZONE,
    command: deps.config.SLASH_COMMAND,
  });
};
