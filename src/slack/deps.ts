import type { Logger } from "@slack/bolt";
import type { Config } from "../config.ts";
import { SOCIETIES, type SocietyProfile } from "../domain/societies.ts";
import type { InFlight } from "../in-flight.ts";
import type { Actor, ServiceContext } from "../services/context.ts";
import type { ChannelMembers } from "./channel-members.ts";
import type { SlackUsers } from "./slack-users.ts";

/** What every listener needs, handed in once by the composition root. */
export interface BotDeps {
  config: Config;
  /** What use cases run with, at this moment: the only way to the data. */
  context: () => ServiceContext;
  logger: Logger;
  /** The clock: the sandbox and tests may move it. */
  now: () => Date;
  /** Membership of the leadership and subcommittee channels, cached briefly. */
  channelMembers: ChannelMembers;
  /** Asks the outbox to deliver what stored changes recorded, without waiting for it. */
  deliverSoon: () => void;
  /** How many times this process has recorded effects: unchanged by a request, nothing to deliver. */
  effectsRecorded: () => number;
  /** Whether a mentioned user is an active person in Slack (users.info, bounded, cached). */
  slackUsers: SlackUsers;
  /** Work to let finish on a graceful stop: `deps.inFlight.track(promise, label)`. */
  inFlight: InFlight;
}

export function serviceContext(deps: BotDeps): ServiceContext {
  return deps.context();
}

/** The society the bot serves, chosen by the SOCIETY setting: its names and rulesets. */
export function societyOf(deps: BotDeps): SocietyProfile {
  return SOCIETIES[deps.config.SOCIETY];
}

export function actorFor(deps: BotDeps, teamId: string, userId: string): Actor {
  return { teamId, userId, isAdmin: deps.config.ADMIN_USER_IDS.includes(userId) };
}
