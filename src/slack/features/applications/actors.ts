import type { WebClient } from "@slack/web-api";
import { AppError } from "../../../domain/app-error.ts";
import type { DecidingActor } from "../../../services/applications/decide-application.ts";
import { actorFor, type BotDeps } from "../../deps.ts";

/** The actor, with whether they may decide: admins always, others when in the subcommittee's channel. */
export async function decidingActor(
  deps: BotDeps,
  client: WebClient,
  teamId: string,
  userId: string,
): Promise<DecidingActor> {
  const actor = actorFor(deps, teamId, userId);
  const isSubcommitteeMember = await deps.channelMembers.includes(
    client,
    deps.config.SUBCOMMITTEE_CHANNEL_ID,
    userId,
  );
  return { ...actor, isSubcommitteeMember };
}

/** Refuses, privately, anyone who is neither in the subcommittee nor an admin. */
export function requireSubcommittee(actor: DecidingActor): void {
  if (actor.isSubcommitteeMember || actor.isAdmin) return;
  throw new AppError(
    "FORBIDDEN",
    "Only members of the leadership subcommittee can see and decide applications. Nothing was changed.",
    { userId: actor.userId },
  );
}

/** The workspace of whoever clicked or submitted. */
export function teamOf(body: { team: { id: string } | null; user: { team_id?: string } }): string {
  return body.team?.id ?? body.user.team_id ?? "";
}
