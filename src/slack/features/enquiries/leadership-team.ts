import type { WebClient } from "@slack/web-api";
import { AppError } from "../../../domain/app-error.ts";
import type { Actor } from "../../../services/context.ts";
import type { BotDeps } from "../../deps.ts";

/** Replies come from the leadership team (members of its channel) or an admin; others are refused. */
export async function requireLeadershipTeam(
  deps: BotDeps,
  client: WebClient,
  actor: Actor,
): Promise<void> {
  if (actor.isAdmin) return;
  const channel = deps.config.LEADERSHIP_CHANNEL_ID;
  if (await deps.channelMembers.includes(client, channel, actor.userId)) return;
  throw new AppError(
    "FORBIDDEN",
    "Only the leadership team can reply to enquiries and training-day requests. If you are in the team, ask an admin to add you to its channel.",
    { reason: "not in the leadership channel" },
  );
}
