import type { KnownBlock } from "@slack/types";
import type { ConfirmationEntry } from "../../../../../services/confirmations/get-confirmation-request.ts";
import type { SlackMessage } from "../../../../direct-message.ts";
import { buttonValue } from "../../../../forms/button-value.ts";
import { actions, button, context, mention, section } from "../../../../views/blocks.ts";
import { quoteUserText } from "../../../../views/mrkdwn.ts";
import { SUPERVISION_IDS } from "../../ids.ts";
import { entryPhrase } from "../entry-text.ts";

const MAX_LINES = 40;

function confirmedNotice(decider: string, entries: readonly ConfirmationEntry[]): SlackMessage {
  const [only] = entries;
  if (entries.length === 1 && only) {
    const text = `:white_check_mark: ${decider} confirmed your ${entryPhrase(only)}.`;
    return { text, blocks: [section(text)] };
  }
  const text = `:white_check_mark: ${decider} confirmed ${entries.length} of your sessions.`;
  const lines = entries.slice(0, MAX_LINES).map((entry) => `• ${entryPhrase(entry)}`);
  return { text, blocks: [section(`${text}\n${lines.join("\n")}`)] };
}

function queriedNotice(decider: string, entry: ConfirmationEntry, command: string): KnownBlock[] {
  return [
    section(
      `:question: ${decider} queried your ${entryPhrase(entry)}:\n${quoteUserText(entry.queryReason ?? "")}`,
    ),
    actions(`resubmit_${entry.id}`, [
      button(
        "Correct and send back",
        SUPERVISION_IDS.resubmitEntry,
        buttonValue({ id: entry.id }),
        "primary",
      ),
    ]),
    context(`Or withdraw it with \`${command} sessions\`.`),
  ];
}

/**
 * What the trainee is told, once, after their entries are decided: the confirmations in one
 * message, and each query with its reason and a way to correct it. Pure.
 */
export function decisionNotice(
  deciderUserId: string,
  entries: readonly ConfirmationEntry[],
  command: string,
): SlackMessage {
  const decider = mention(deciderUserId);
  const confirmed = entries.filter((entry) => entry.state === "confirmed");
  const queried = entries.filter((entry) => entry.state === "queried");
  if (queried.length === 0) return confirmedNotice(decider, confirmed);

  const blocks: KnownBlock[] = [
    ...(confirmed.length > 0 ? (confirmedNotice(decider, confirmed).blocks ?? []) : []),
    ...queried.slice(0, 10).flatMap((entry) => queriedNotice(decider, entry, command)),
  ];
  const text =
    queried.length === 1 && queried[0]
      ? `${decider} queried your ${entryPhrase(queried[0])}.`
      : `${decider} queried ${queried.length} of your sessions.`;
  return { text, blocks };
}
