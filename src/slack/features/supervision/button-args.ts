import type {
  AllMiddlewareArgs,
  BlockButtonAction,
  SlackActionMiddlewareArgs,
  SlackViewMiddlewareArgs,
  ViewSubmitAction,
} from "@slack/bolt";
import type { Actor } from "../../../services/context.ts";
import { actorFor, type BotDeps } from "../../deps.ts";

/** What a button listener receives. */
export type ButtonArgs = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/** What a modal submission listener receives. */
export type SubmissionArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/** The person who clicked or submitted. */
export function clicker(deps: BotDeps, body: BlockButtonAction | ViewSubmitAction): Actor {
  const teamId = body.user.team_id ?? body.team?.id ?? "";
  return actorFor(deps, teamId, body.user.id);
}
