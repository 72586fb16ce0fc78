import { AppError } from "../../domain/app-error.ts";
import type { CommandRequest, SubcommandHandler } from "./types.ts";

const ADMIN_USAGE =
  "Admin subcommands: `admin leader add @person [date]`, `admin leader remove @person`, `admin accredit @person [date]`, `admin digest`, `admin reminders`, `admin export @person`, `admin erase @person`.";

/** `/balint admin <word> …`: admins only, then routed like the top level. */
export function adminRouter(
  handlers: Readonly<Record<string, SubcommandHandler>>,
): SubcommandHandler {
  return async (request: CommandRequest) => {
    if (!request.actor.isAdmin) {
      throw new AppError(
        "FORBIDDEN",
        "Only the bot's admins can use admin subcommands. Ask an admin if something needs changing.",
        { subcommand: "admin" },
      );
    }
    const [first = "", ...rest] = request.rest.split(/\s+/).filter(Boolean);
    const handler = handlers[first.toLowerCase()];
    if (!handler) {
      await request.slack.ack({
        response_type: "ephemeral",
        text: first ? `I don't know \`admin ${first}\`. ${ADMIN_USAGE}` : ADMIN_USAGE,
      });
      return;
    }
    await handler({ ...request, rest: rest.join(" ") });
  };
}
