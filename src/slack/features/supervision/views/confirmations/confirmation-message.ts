import type { KnownBlock } from "@slack/types";
import { formatUkDate } from "../../../../../domain/dates.ts";
import type { ConfirmationEntry } from "../../../../../services/confirmations/get-confirmation-request.ts";
import type { SlackMessage } from "../../../../direct-message.ts";
import { buttonValue } from "../../../../forms/button-value.ts";
import { actions, button, context, mention, section } from "../../../../views/blocks.ts";
import { escapeMrkdwn } from "../../../../views/mrkdwn.ts";
import { SUPERVISION_IDS } from "../../ids.ts";
import { entrySummary, formatMoment } from "../entry-text.ts";
import { shownEntries, shownEntry } from "./entry-values.ts";

/** Two blocks per entry, plus the opening, "Confirm all" and a note: within 50 blocks. */
export const MAX_ENTRIES_SHOWN = 22;

const MOVED_AWAY =
  "These sessions are no longer waiting for you: they have gone to another confirmer or were withdrawn.";

function sessions(count: number): string {
  return `${count} session${count === 1 ? "" : "s"}`;
}

/** The entries to show: undecided ones first in priority, then the latest decided, in session order. */
function shown(entries: readonly ConfirmationEntry[]): ConfirmationEntry[] {
  if (entries.length <= MAX_ENTRIES_SHOWN) return [...entries];
  const claimed = entries.filter((e) => e.state === "claimed").slice(0, MAX_ENTRIES_SHOWN);
  const room = MAX_ENTRIES_SHOWN - claimed.length;
  const decided = room > 0 ? entries.filter((e) => e.state !== "claimed").slice(-room) : [];
  const keep = new Set([...claimed, ...decided]);
  return entries.filter((entry) => keep.has(entry));
}

function counterpartRole(kind: string): string {
  return kind === "coled" ? "Co-leader named" : "Supervisor named";
}

function entryLines(entry: ConfirmationEntry): string {
  const lines = [`*${entrySummary(entry)}*`];
  const named = entry.counterpart;
  if (named) lines.push(`${counterpartRole(entry.kind)}: ${mention(named.slackUserId)}`);
  if (entry.state === "claimed" && entry.supervisorInstead && named) {
    lines.push(
      `_${mention(named.slackUserId)} is not on the register of accredited leaders, so you are asked as ${mention(entry.trainee.slackUserId)}'s supervisor._`,
    );
  }
  if (named?.accreditedOn && named.accreditedOn > entry.occurredOn) {
    lines.push(
      `_${mention(named.slackUserId)} joined the register on ${formatUkDate(named.accreditedOn)}, after this session: it counts, but not as with an accredited leader._`,
    );
  }
  return lines.join("\n");
}

/** How an entry was answered, e.g. "Confirmed by @Dr Ahmed on 26 Nov 2026 at 10:00." */
export function entryOutcome(entry: ConfirmationEntry, timeZone: string): string {
  const by = entry.decidedBy ? mention(entry.decidedBy.slackUserId) : "someone";
  const when = entry.decidedAt ? ` on ${formatMoment(entry.decidedAt, timeZone)}` : "";
  if (entry.state === "confirmed") return `:white_check_mark: Confirmed by ${by}${when}.`;
  if (entry.state === "queried") {
    return `:question: Queried by ${by}${when}: "${escapeMrkdwn(entry.queryReason ?? "")}"`;
  }
  return `Withdrawn by ${mention(entry.trainee.slackUserId)}.`;
}

function entryBlocks(entry: ConfirmationEntry, timeZone: string): KnownBlock[] {
  const status: KnownBlock =
    entry.state === "claimed"
      ? actions(`entry_${entry.id}`, [
          button("Confirm", SUPERVISION_IDS.confirmEntry, shownEntry(entry), "primary"),
          button("Query", SUPERVISION_IDS.queryEntry, buttonValue({ id: entry.id })),
        ])
      : context(entryOutcome(entry, timeZone));
  return [section(entryLines(entry)), status];
}

/**
 * The one DM a confirmer gets for one trainee's sessions: every entry it carries, with
 * Confirm / Query on each undecided one and "Confirm all" when more than one waits. Pure.
 */
export function confirmationRequestMessage(
  entries: readonly ConfirmationEntry[],
  timeZone: string,
): SlackMessage {
  const first = entries[0];
  if (!first) return { text: MOVED_AWAY, blocks: [section(MOVED_AWAY)] };
  const trainee = mention(first.trainee.slackUserId);
  const visible = shown(entries);
  const pending = visible.filter((entry) => entry.state === "claimed");
  const waiting = entries.filter((entry) => entry.state === "claimed").length;

  const text =
    waiting > 0
      ? `${trainee} asks you to confirm ${sessions(waiting)}.`
      : `${trainee}'s sessions: all answered. Thank you.`;
  const blocks: KnownBlock[] = [
    section(
      waiting > 0
        ? `*${text}*\nConfirm each one, or query it with a reason so they can correct it.`
        : `*${text}*`,
    ),
    ...visible.flatMap((entry) => entryBlocks(entry, timeZone)),
  ];
  if (pending.length > 1) {
    blocks.push(
      actions("confirm_all", [
        button(
          `Confirm all ${pending.length}`,
          SUPERVISION_IDS.confirmAll,
          shownEntries(pending),
          "primary",
        ),
      ]),
    );
  }
  const hidden = entries.length - visible.length;
  if (hidden > 0) {
    blocks.push(
      context(
        `${hidden} more ${hidden === 1 ? "session is" : "sessions are"} not shown here; they will appear as you answer these.`,
      ),
    );
  }
  return { text, blocks };
}
