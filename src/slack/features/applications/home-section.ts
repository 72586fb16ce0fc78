import type { WebClient } from "@slack/web-api";
import { AppError } from "../../../domain/app-error.ts";
import { calendarDate } from "../../../domain/dates.ts";
import { listPendingApplications } from "../../../services/applications/list-pending-applications.ts";
import { listRecentDecisions } from "../../../services/applications/list-recent-decisions.ts";
import { type BotDeps, serviceContext } from "../../deps.ts";
import type { HomeSection } from "../home/home-section.ts";
import { subcommitteeHomeBlocks } from "./views/subcommittee-home.ts";

const MONTH_MS = 32 * 86_400_000;

/**
 * Whether someone is in the subcommittee's channel, from the channel-members cache; false when
 * Slack cannot say in time (the Home then shows nothing of the subcommittee's).
 */
export function inSubcommittee(deps: BotDeps, client: WebClient, userId: string): Promise<boolean> {
  return deps.channelMembers
    .includes(client, deps.config.SUBCOMMITTEE_CHANNEL_ID, userId)
    .catch((error: unknown) => {
      if (error instanceof AppError) return false;
      throw error;
    });
}

/** The subcommittee's section, for members of its channel only. */
export const subcommitteeHomeSection: HomeSection = async (deps, viewer, client) => {
  if (!(await inSubcommittee(deps, client, viewer.userId))) return [];
  const ctx = serviceContext(deps);
  const thisMonth = calendarDate(ctx.now, ctx.timeZone).slice(0, 7);
  const [pending, recent] = await Promise.all([
    listPendingApplications(ctx),
    listRecentDecisions(ctx, { since: new Date(ctx.now.getTime() - MONTH_MS) }),
  ]);
  const decisions = recent.filter((d) => calendarDate(d.at, ctx.timeZone).startsWith(thisMonth));
  return subcommitteeHomeBlocks({ pending, decisions, timeZone: ctx.timeZone });
};
