import type { Database } from "../db/client.ts";
import type { Ruleset } from "../domain/ruleset.ts";

/** What every use case runs with: the database, the moment it runs, and the society's time zone. */
export interface ServiceContext {
  db: Database;
  now: Date;
  timeZone: string;
  /** The rulesets to choose from; every known one (domain/rulesets) when left out. */
  rulesets?: readonly Ruleset[];
}

/** The Slack user acting, as the Slack layer knows them. */
export interface Actor {
  teamId: string;
  userId: string;
  /** From ADMIN_USER_IDS. */
  isAdmin: boolean;
  displayName?: string;
}
