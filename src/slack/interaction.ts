import type {
  AllMiddlewareArgs,
  BlockAction,
  ButtonAction,
  SlackActionMiddlewareArgs,
  SlackViewMiddlewareArgs,
  ViewSubmitAction,
} from "@slack/bolt";
import type { Actor } from "../services/context.ts";
import { actorFor, type BotDeps } from "./deps.ts";

/** What Bolt hands a view_submission listener. */
export type ViewSubmissionArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/** What Bolt hands a button-click listener. */
export type ButtonClickArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> &
  AllMiddlewareArgs;

/** The user and workspace behind a click or a submitted modal. */
interface InteractionBody {
  user: { id: string; team_id?: string };
  team: { id: string } | null;
}

export function interactionActor(deps: BotDeps, body: InteractionBody): Actor {
  return actorFor(deps, body.user.team_id ?? body.team?.id ?? "", body.user.id);
}
