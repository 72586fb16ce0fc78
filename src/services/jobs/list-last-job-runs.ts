import type { Actor, ServiceContext } from "../context.ts";
import { requireAdmin } from "../register/add-leader.ts";
import { findLastJobRun, type LastJobRun } from "./find-last-job-run.ts";

export interface JobStatus {
  job: string;
  /** Null when it has never run. */
  last: LastJobRun | null;
}

/** The latest claimed run of each named job, for an admin's App Home. Admins only. */
export async function listLastJobRuns(
  ctx: ServiceContext,
  actor: Actor,
  jobs: readonly string[],
): Promise<JobStatus[]> {
  requireAdmin(actor);
  return Promise.all(jobs.map(async (job) => ({ job, last: await findLastJobRun(ctx, { job }) })));
}
