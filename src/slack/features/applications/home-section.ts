import { AppError } from "../../../domain/app-error.ts";
import { calendarDate } from "../../../domain/dates.ts";
import { listPendingApplications } from "../../../services/applications/list-pending-applications.ts";
import { listRecentDecisions } from "../../../services/applications/list-recent-decisions.ts";
import { serviceContext } from "../../deps.ts";
import type { HomeSection } from "../home/home-section.ts";
import { subcommitteeHomeBlocks } from "./views/subcommittee-home.ts";

const MONTH_MS = 32 * 86_400_000;

/**
 * The subcommittee's section, for members of its channel only (from the channel-members
 * cache). When Slack cannot say in time who is in the channel, it shows nothing.
 */
export const subcommitteeHomeSection: HomeSection = async (deps, viewer, client) => {
  const member = await deps.channelMembers
    .includes(client, deps.config.SUBCOMMITTEE_CHANNEL_ID, viewer.userId)
    .catch((error: unknown) => {
      if (error instanceof AppError) return false;
      throw error;
    });
  if (!member) return [];
  const ctx = serviceContext(deps);
  const thisMonth = calendarDate(ctx.now, ctx.timeZone).slice(0, 7);
  const [pending, recent] = await Promise.all([
    listPendingApplications(ctx),
    listRecentDecisions(ctx, { since: new Date(ctx.now.getTime() - MONTH_MS) }),
  ]);
  const decisions = recent.filter((d) => calendarDate(d.at, ctx.timeZone).startsWith(thisMonth));
  return subcommitteeHomeBlocks({ pending, decisions, timeZone: ctx.timeZone });
};
