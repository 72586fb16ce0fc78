import type { KnownBlock } from "@slack/types";
import type { WebClient } from "@slack/web-api";
import type { BotDeps } from "../../deps.ts";

/** Who is looking at their App Home. `personId` is null for someone the bot has not met yet. */
export interface HomeViewer {
  teamId: string;
  userId: string;
  personId: number | null;
  /** Read once with the person, for the settings section. */
  nudgesOptedOut: boolean;
}

/**
 * One part of the App Home (the trainee's checklist, the supervisor's trainees, settings…).
 * It returns no blocks when it has nothing for this viewer. `client` answers who is in the
 * subcommittee's channel.
 */
export type HomeSection = (
  deps: BotDeps,
  viewer: HomeViewer,
  client: WebClient,
) => Promise<KnownBlock[]>;
