import type { App } from "@slack/bolt";
import type { BotDeps } from "../deps.ts";
import { actorFor } from "../deps.ts";
import { section } from "../views/blocks.ts";
import { helpBlocks, helpText } from "../views/help.ts";
import { escapeMrkdwn } from "../views/mrkdwn.ts";
import { nearestSubcommand, SUBCOMMANDS } from "./catalogue.ts";
import type { SubcommandHandler } from "./types.ts";

/** Routes `/balint <subcommand> …` to its handler; help, bare and unknown words get the help. */
export function registerCommandRouter(
  app: App,
  deps: BotDeps,
  handlers: Readonly<Record<string, SubcommandHandler>>,
): void {
  const command = deps.config.SLASH_COMMAND;
  const help = helpBlocks(command);
  app.command(command, async (slack) => {
    const [first = "", ...restWords] = slack.command.text.trim().split(/\s+/);
    const word = first.toLowerCase();
    const handler = ownHandler(handlers, word);
    if (isHelpWord(word) || !handler) {
      const suggestion = isHelpWord(word) ? undefined : nearestSubcommand(word);
      const opening = isHelpWord(word)
        ? []
        : [
            section(
              suggestion
                ? `I don't know \`${command} ${escapeMrkdwn(first)}\`. Did you mean \`${command} ${suggestion}\`?`
                : `I don't know \`${command} ${escapeMrkdwn(first)}\`. Here is everything I can do:`,
            ),
          ];
      await slack.ack({
        response_type: "ephemeral",
        text: helpText(command),
        blocks: [...opening, ...help],
      });
      return;
    }
    await handler({
      deps,
      slack,
      rest: restWords.join(" "),
      actor: actorFor(deps, slack.command.team_id, slack.command.user_id),
    });
  });
}

/**
 * A request for help (`/balint` or `/balint help`): answered in its acknowledgement to its sender
 * alone from a view drawn at start-up, storing nothing.
 */
export function asksForHelp(body: unknown, command: string): boolean {
  if (typeof body !== "object" || body === null) return false;
  const { command: sent, text } = body as { command?: unknown; text?: unknown };
  return sent === command && typeof text === "string" && isHelpWord(text.trim().toLowerCase());
}

/** The command alone, or `help`: the router answers with help, and `asksForHelp` knows it. */
function isHelpWord(word: string): boolean {
  return word === "" || word === "help";
}

/**
 * The handler for a word, from the project's own subcommands only: `constructor`, `__proto__`
 * or `toString` are not subcommands, whatever plain objects inherit.
 */
export function ownHandler<Handler>(
  handlers: Readonly<Record<string, Handler>>,
  word: string,
): Handler | undefined {
  return Object.hasOwn(handlers, word) ? handlers[word] : undefined;
}

/** Every subcommand in the catalogue must have a handler (help is the router's own). */
export function missingHandlers(handlers: Readonly<Record<string, SubcommandHandler>>): string[] {
  return SUBCOMMANDS.map((s) => s.name).filter(
    (name) => name !== "help" && !ownHandler(handlers, name),
  );
}
