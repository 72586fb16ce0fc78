import { AppError } from "../../domain/app-error.ts";
import { escapeMrkdwn } from "../views/mrkdwn.ts";
import { ownHandler } from "./router.ts";
import type { CommandRequest, SubcommandHandler } from "./types.ts";

const ADMIN_USAGE =
  "Admin subcommands: `admin leader add @person [date]`, `admin leader remove @person`, `admin leader history @person`, `admin accredit @person [date]`, `admin member @person [date]`, `admin pathway @person YYYY-MM-DD`, `admin digest`, `admin reminders`, `admin export @person`, `admin erase @person`.";

/**
 * `/balint admin <word> …`: admins only, then routed like the top level. The words in
 * `alsoForOthers` reach their handler for anyone: each checks who may use it (e.g. the
 * leadership team) before reading anything.
 */
export function adminRouter(
  handlers: Readonly<Record<string, SubcommandHandler>>,
  alsoForOthers: readonly string[] = [],
): SubcommandHandler {
  return async (request: CommandRequest) => {
    const word = (request.rest.split(/\s+/).find(Boolean) ?? "").toLowerCase();
    if (!request.actor.isAdmin && !alsoForOthers.includes(word)) {
      throw new AppError(
        "FORBIDDEN",
        "Only the bot's admins can use admin subcommands. Ask an admin if something needs changing.",
        { subcommand: "admin" },
      );
    }
    const [first = "", ...rest] = request.rest.split(/\s+/).filter(Boolean);
    const handler = ownHandler(handlers, first.toLowerCase());
    if (!handler) {
      await request.slack.ack({
        response_type: "ephemeral",
        text: first ? `I don't know \`admin ${escapeMrkdwn(first)}\`. ${ADMIN_USAGE}` : ADMIN_USAGE,
      });
      return;
    }
    await handler({ ...request, rest: rest.join(" ") });
  };
}
