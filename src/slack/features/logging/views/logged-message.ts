import type { KnownBlock } from "@slack/types";
import type { NoConfirmer } from "../../../../services/entries/log-entry.ts";
import type { SlackMessage } from "../../../direct-message.ts";
import { buttonValue } from "../../../forms/button-value.ts";
import { SHARED_IDS } from "../../../ids.ts";
import { actions, button, context, mention, section } from "../../../views/blocks.ts";
import { LOGGING_IDS } from "../ids.ts";
import { type EntryFacts, entryLine } from "./entry-words.ts";

/** Everything the reply to a new entry says. Pure data, gathered after logEntry. */
export interface LoggedFacts {
  entry: EntryFacts & { hasNote: boolean };
  /** The co-leader or supervisor the trainee named (Slack id), if any. */
  namedUserId: string | null;
  needsConfirmation: boolean;
  /** Who is asked to confirm (Slack id); null when nobody can yet. */
  confirmerUserId: string | null;
  confirmerIsSupervisorInstead: boolean;
  noConfirmer: NoConfirmer | null;
  /**
   * From the trainee's ruleset: the typical small-group sessions at one weekend (an assumption);
   * null when the ruleset does not count weekend sessions.
   */
  sessionsPerWeekend: number | null;
  /** False until the trainee has answered the profile form. */
  hasProfile: boolean;
  command: string;
}

/** Why nobody can confirm an entry yet, and what the trainee can do. */
export function noConfirmerText(noConfirmer: NoConfirmer, command: string): string {
  const ask = `It stays claimed; ask a supervisor with \`${command} supervisor @person\`.`;
  if (noConfirmer.reason === "no_counterpart") return `Nobody can confirm this entry yet. ${ask}`;
  const name = noConfirmer.counterpart
    ? mention(noConfirmer.counterpart.userId)
    : "The person you named";
  return `${name} is not on the register of accredited leaders and you have no supervisor yet, so nobody can confirm this entry for now. ${ask}`;
}

/** Who confirms, in one sentence. */
function confirmationLine(facts: LoggedFacts): string {
  const { confirmerUserId, namedUserId } = facts;
  if (!facts.needsConfirmation) return "Nobody needs to confirm it: it counts straight away.";
  if (confirmerUserId === null) {
    return facts.noConfirmer
      ? noConfirmerText(facts.noConfirmer, facts.command)
      : "Nobody can confirm it yet.";
  }
  if (facts.confirmerIsSupervisorInstead && namedUserId) {
    return `${mention(namedUserId)} is not on the register of accredited leaders, so your supervisor ${mention(confirmerUserId)} confirms it instead. It stays claimed until then; I've asked them.`;
  }
  return `It stays claimed until ${mention(confirmerUserId)} confirms it; I've asked them.`;
}

function details(facts: LoggedFacts): string[] {
  const { entry, sessionsPerWeekend } = facts;
  const lines = [confirmationLine(facts)];
  if (entry.kind === "weekend_member" && sessionsPerWeekend !== null) {
    lines.push(...weekendLines(entry, sessionsPerWeekend));
  }
  if (entry.hasNote) lines.push("Your private note is saved: only you and your supervisor see it.");
  return lines;
}

/** How a weekend counts under both member-experience options, and the assumption if any. */
function weekendLines(entry: LoggedFacts["entry"], typical: number): string[] {
  const given = entry.groupSessions ?? null;
  const sessions = entry.count * (given ?? typical);
  const counted = `For *experience as a group member* it counts both ways: ${sessions} small-group ${sessions === 1 ? "session" : "sessions"} towards the sessions option, and ${entry.count === 1 ? "1 weekend" : `${entry.count} weekends`} towards the weekends option (with psychoanalytic training).`;
  if (given !== null) return [counted];
  return [
    counted,
    `_${typical} small-group sessions is an assumption: the usual number at a weekend, which the leadership team may change. Say how many you attended with e.g. \`weekend 2026-03-14 4 sessions\`._`,
  ];
}

/** The "complete your profile" prompt for someone who has not answered the profile form. */
function profilePrompt(reason: string): KnownBlock {
  return section(
    reason,
    button("Complete your profile", SHARED_IDS.openProfile, buttonValue({ from: "log" })),
  );
}

/**
 * The private reply to a new entry: what was recorded, who confirms, and Undo. A new entry can
 * always be undone: it is claimed, or it counts on the trainee's word alone.
 */
export function loggedBlocks(facts: LoggedFacts): KnownBlock[] {
  const { entry, namedUserId } = facts;
  const withWhom = namedUserId ? ` with ${mention(namedUserId)}` : "";
  return [
    section(
      `:white_check_mark: Logged *${entryLine(entry)}*${withWhom}.\n${details(facts).join("\n")}`,
    ),
    ...(facts.hasProfile
      ? []
      : [
          profilePrompt(
            "When you have a moment, complete your profile: your training decides which criteria apply to you.",
          ),
        ]),
    actions(LOGGING_IDS.undoBlock, [
      button("Undo", LOGGING_IDS.undo, buttonValue({ id: entry.id }), "danger"),
    ]),
    context(`\`${facts.command} sessions\` lists what you have logged.`),
  ];
}

export function loggedMessage(facts: LoggedFacts): SlackMessage {
  return { text: `Logged ${entryLine(facts.entry)}.`, blocks: loggedBlocks(facts) };
}

/** What replaces the reply after Undo. */
export function undoneMessage(entry: EntryFacts, changed: boolean): SlackMessage {
  const text = changed
    ? `Undone: ${entryLine(entry)} is withdrawn and no longer counts.`
    : `That entry (${entryLine(entry)}) was already withdrawn.`;
  return { text, blocks: [section(`:leftwards_arrow_with_hook: ${text}`)] };
}
