import type { Config } from "../config.ts";
import type { Database } from "../db/client.ts";
import { SOCIETIES } from "../domain/societies.ts";
import type { ServiceContext } from "../services/context.ts";

/** The log calls scheduled work makes; the bot's logger is one. */
export interface JobLogger {
  debug(...parts: unknown[]): void;
  info(...parts: unknown[]): void;
  warn(...parts: unknown[]): void;
  error(...parts: unknown[]): void;
}

/** What scheduled work needs: no Slack; what a run must tell goes through the outbox. */
export interface JobDeps {
  config: Config;
  db: Database;
  logger: JobLogger;
  now: () => Date;
  /** Asks the outbox to deliver what a run recorded, without waiting for it. */
  deliverSoon: () => void;
}

export function jobContext(deps: JobDeps, now: Date): ServiceContext {
  return {
    db: deps.db,
    now,
    timeZone: deps.config.TIMEZONE,
    rulesets: SOCIETIES[deps.config.SOCIETY].rulesets,
  };
}
