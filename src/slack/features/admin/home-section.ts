import { BACKUP_JOB } from "../../../jobs/backup.ts";
import { REMINDERS_JOB } from "../../../jobs/reminders.ts";
import { RETENTION_JOB } from "../../../jobs/retention.ts";
import { DIGEST_JOB } from "../../../services/jobs/gather-digest.ts";
import { listLastJobRuns } from "../../../services/jobs/list-last-job-runs.ts";
import { listLeaders } from "../../../services/register/list-leaders.ts";
import { actorFor, serviceContext } from "../../deps.ts";
import type { HomeSection } from "../home/home-section.ts";
import { adminHomeBlocks } from "./views/admin-home.ts";

/** The scheduled jobs an admin watches, by the names their runs are claimed under. */
const JOB_NAMES: Readonly<Record<string, string>> = {
  [DIGEST_JOB]: "Weekly digest",
  [REMINDERS_JOB]: "Daily reminders",
  [BACKUP_JOB]: "Daily backup",
  [RETENTION_JOB]: "Retention",
};

/** The admin's section, for ADMIN_USER_IDS only. */
export const adminHomeSection: HomeSection = async (deps, viewer) => {
  const actor = actorFor(deps, viewer.teamId, viewer.userId);
  if (!actor.isAdmin) return [];
  const ctx = serviceContext(deps);
  const [{ leaders }, jobs] = await Promise.all([
    listLeaders(ctx),
    listLastJobRuns(ctx, actor, Object.keys(JOB_NAMES)),
  ]);
  return adminHomeBlocks({ leaders, jobs, jobNames: JOB_NAMES, timeZone: ctx.timeZone });
};
