import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from "@slack/bolt";
import type { Actor } from "../../services/context.ts";
import type { BotDeps } from "../deps.ts";

/** One routed subcommand call: Bolt's arguments, the words after the subcommand, and who asked. */
export interface CommandRequest {
  deps: BotDeps;
  slack: SlackCommandMiddlewareArgs & AllMiddlewareArgs;
  /** The text after the subcommand word, trimmed. */
  rest: string;
  actor: Actor;
}

export type SubcommandHandler = (request: CommandRequest) => Promise<void>;
