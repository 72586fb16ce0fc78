import type { Database } from "../db/client.ts";
import type { Ruleset } from "../domain/ruleset.ts";

/** What every use case runs with: the database, the moment it runs, and the society's time zone. */
export interface ServiceContext {
  db: Database;
  now: Date;
  timeZone: string;
  /**
   * The society's family of rulesets, which a new trainee is pinned to by start date (the UK
   * family when left out). A stored ruleset id is looked up among every known ruleset.
   */
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
