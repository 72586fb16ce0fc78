import type { WebClient } from "@slack/web-api";
import { needsConfirmation } from "../../../../domain/activity.ts";
import { kindWord } from "../../../../domain/activity-words.ts";
import { AppError } from "../../../../domain/app-error.ts";
import type { LogEntryInput } from "../../../../services/entries/entry-fields.ts";
import { type LoggedEntryResult, logEntry } from "../../../../services/entries/log-entry.ts";
import { todayFor } from "../../../../services/inputs.ts";
import type { SubcommandHandler } from "../../../commands/types.ts";
import { type BotDeps, serviceContext } from "../../../deps.ts";
import { requireRealPerson } from "../../../mentions.ts";
import { escapeMrkdwn } from "../../../views/mrkdwn.ts";
import { LOGGING_IDS } from "../ids.ts";
import { type ParsedLogLine, parseLogLine } from "../parse/parse-log-line.ts";
import { showWord } from "../parse/tokens.ts";
import { logModalAsks, societyAsks } from "../society-asks.ts";
import { logModalView } from "../views/log-modal-view.ts";
import { loggedMessage } from "../views/logged-message.ts";
import { loggedFacts } from "./logged-facts.ts";

/**
 * Opens the logging modal at once: the trigger expires before a database read could finish.
 * The date starts at today, or at `occurredOn` (a message shortcut's message date).
 */
export async function openLogModal(
  deps: BotDeps,
  client: WebClient,
  request: { triggerId: string; fromModal: boolean; occurredOn?: string },
): Promise<void> {
  const view = logModalView({
    callbackId: LOGGING_IDS.logModal,
    privateMetadata: "",
    initial: { occurredOn: request.occurredOn ?? todayFor(serviceContext(deps)) },
    asks: logModalAsks(deps),
  });
  const shown = { trigger_id: request.triggerId, view };
  if (request.fromModal) await client.views.push(shown);
  else await client.views.open(shown);
}

function entryInput(line: ParsedLogLine, teamId: string): LogEntryInput {
  return {
    kind: line.kind,
    occurredOn: line.occurredOn,
    count: line.count,
    ...(line.groupSessions === null ? {} : { groupSessions: line.groupSessions }),
    ...(line.caseDiscussions === null ? {} : { caseDiscussions: line.caseDiscussions }),
    ...(line.recorded === null ? {} : { recorded: line.recorded }),
    ...(line.provider === null ? {} : { provider: line.provider }),
    ...(line.approvedInAdvance === null ? {} : { approvedInAdvance: line.approvedInAdvance }),
    ...(line.faceToFace === null ? {} : { faceToFace: line.faceToFace }),
    ...(line.hours === null ? {} : { hours: line.hours }),
    ...(line.mode === null ? {} : { mode: line.mode }),
    ...(line.format === null ? {} : { format: line.format }),
    ...(line.counterpart ? { counterpart: { teamId, userId: line.counterpart.userId } } : {}),
    ...(line.note === null ? {} : { note: line.note }),
  };
}

/** A refusal of the service, with the missing "with @person" shown in the corrected line. */
function withHint(error: AppError, line: ParsedLogLine, typed: string, command: string): string {
  if (!needsConfirmation(line.kind) || line.counterpart) return error.userMessage;
  const rest = typed.trim().split(/\s+/).slice(1).map(showWord).join(" ");
  const who = line.kind === "coled" ? "@your-co-leader" : "@your-supervisor";
  const fixed = [`${command} log ${kindWord(line.kind)}`, rest, `with ${who}`].filter(Boolean);
  return `${error.userMessage} Try \`${escapeMrkdwn(fixed.join(" "))}\``;
}

/**
 * `/balint log`: the modal with no words; otherwise one line, logged at once. The entry is
 * stored before the acknowledgement, which carries the answer (a write takes milliseconds);
 * the confirmer's DM and the Home refresh follow from the outbox.
 */
export const logCommand: SubcommandHandler = async ({ deps, slack, rest, actor }) => {
  if (rest.trim() === "") {
    await slack.ack();
    await openLogModal(deps, slack.client, {
      triggerId: slack.command.trigger_id,
      fromModal: false,
    });
    return;
  }
  const ctx = serviceContext(deps);
  const command = deps.config.SLASH_COMMAND;
  const parsed = parseLogLine(rest, {
    today: todayFor(ctx),
    userId: actor.userId,
    command,
    asks: societyAsks(deps).asked,
  });
  if (!parsed.ok) {
    // The message quotes the words typed: none of them may become a broadcast or a link.
    await slack.ack({ response_type: "ephemeral", text: escapeMrkdwn(parsed.message) });
    return;
  }
  const line = parsed.entry;
  // Before anything is stored about them; bounded, so it stays inside the acknowledgement.
  if (line.counterpart) await requireRealPerson(deps.slackUsers, line.counterpart.userId);
  let result: LoggedEntryResult;
  try {
    result = await logEntry(ctx, actor, entryInput(line, actor.teamId));
  } catch (error) {
    if (!(error instanceof AppError && error.code === "INVALID_INPUT")) throw error;
    await slack.ack({ response_type: "ephemeral", text: withHint(error, line, rest, command) });
    return;
  }
  const facts = loggedFacts(deps, result, line.counterpart?.userId ?? null);
  await slack.ack({ response_type: "ephemeral", ...loggedMessage(facts) });
};
