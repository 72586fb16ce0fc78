import { SOCIETIES } from "../domain/societies.ts";
import type { ServiceContext } from "../services/context.ts";
import type { BotDeps } from "../slack/deps.ts";

/** What scheduled work needs: no listeners, no channel membership. */
export type JobDeps = Pick<BotDeps, "config" | "db" | "logger" | "now">;

export function jobContext(deps: JobDeps, now: Date): ServiceContext {
  return {
    db: deps.db,
    now,
    timeZone: deps.config.TIMEZONE,
    rulesets: SOCIETIES[deps.config.SOCIETY].rulesets,
  };
}
