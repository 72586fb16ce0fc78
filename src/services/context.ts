import type { Database } from "../db/client.ts";

/** What every use case runs with: the database, the moment it runs, and the society's time zone. */
export interface ServiceContext {
  db: Database;
  now: Date;
  timeZone: string;
}

/** The Slack user acting, as the Slack layer knows them. */
export interface Actor {
  teamId: string;
  userId: string;
  /** From ADMIN_USER_IDS. */
  isAdmin: boolean;
  displayName?: string;
}

/** Another Slack user named in a command or form. */
export interface PersonRef {
  teamId: string;
  userId: string;
  displayName?: string;
}
