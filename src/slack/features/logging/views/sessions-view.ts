import type { Button, KnownBlock } from "@slack/types";
import { formatUkDate } from "../../../../domain/dates.ts";
import { buttonValue } from "../../../forms/button-value.ts";
import { button, context, header, mention, plain, section } from "../../../views/blocks.ts";
import { escapeMrkdwn } from "../../../views/mrkdwn.ts";
import { LOGGING_IDS } from "../ids.ts";
import { describeEntry, type EntryFacts } from "./entry-words.ts";

/** One row of `/balint sessions`. */
export interface SessionRow extends EntryFacts {
  queryReason: string | null;
  /**
   * Slack id. Claimed: who is asked to confirm it (null when nobody can yet); confirmed or
   * queried: who did.
   */
  confirmerUserId: string | null;
  /** The person named is not an accredited leader, so the trainee's supervisor confirms. */
  confirmerIsSupervisorInstead: boolean;
  hasNote: boolean;
  withdrawable: boolean;
}

function awaiting(row: SessionRow): string {
  if (!row.confirmerUserId) return "nobody can confirm it yet (ask someone to be your supervisor)";
  const who = mention(row.confirmerUserId);
  return `awaiting confirmation by ${row.confirmerIsSupervisorInstead ? `your supervisor ${who}` : who}`;
}

function stateLine(row: SessionRow): string {
  const who = row.confirmerUserId ? ` by ${mention(row.confirmerUserId)}` : "";
  switch (row.state) {
    case "claimed":
      return `:hourglass_flowing_sand: Claimed: ${awaiting(row)}`;
    case "confirmed":
      return `:white_check_mark: Confirmed${who}`;
    case "queried":
      return `:grey_question: Queried${who}: “${row.queryReason ? escapeMrkdwn(row.queryReason) : "no reason given"}”`;
    case "withdrawn":
      return ":heavy_multiplication_x: Withdrawn: it no longer counts";
    default:
      return row.state;
  }
}

function withdrawButton(row: SessionRow): Button {
  return {
    ...button("Withdraw", LOGGING_IDS.withdraw, buttonValue({ id: row.id })),
    confirm: {
      title: plain("Withdraw this entry?", 100),
      text: plain(
        `${describeEntry(row)} on ${formatUkDate(row.occurredOn)} will no longer count.`,
        300,
      ),
      confirm: plain("Withdraw", 30),
      deny: plain("Keep it", 30),
      style: "danger",
    },
  };
}

function rowBlock(row: SessionRow): KnownBlock {
  const note = row.hasNote ? " · with a private note" : "";
  const text = `*${formatUkDate(row.occurredOn)}* · ${describeEntry(row)}${note}\n${stateLine(row)}`;
  return section(text, row.withdrawable ? withdrawButton(row) : undefined);
}

/**
 * `/balint sessions`: recent entries with their state; those nobody else has confirmed can be
 * withdrawn. Pure.
 */
export function sessionsBlocks(
  rows: readonly SessionRow[],
  options: { command: string; limit: number; notice?: string },
): KnownBlock[] {
  const notice = options.notice ? [section(options.notice)] : [];
  if (rows.length === 0) {
    return [
      ...notice,
      section(
        `You haven't logged anything yet. \`${options.command} log group 3 yesterday\` logs three group sessions; \`${options.command} log\` opens a form.`,
      ),
    ];
  }
  const more = rows.length >= options.limit ? `Your ${options.limit} most recent entries. ` : "";
  return [
    ...notice,
    header("Your sessions"),
    ...rows.slice(0, options.limit).map(rowBlock),
    context(
      `${more}Claimed entries count once confirmed; you can withdraw any entry nobody else has confirmed.`,
    ),
  ];
}

export function sessionsText(rows: readonly SessionRow[]): string {
  return rows.length === 0
    ? "You haven't logged anything yet."
    : `Your ${rows.length} most recent entries.`;
}
