import type { Button, KnownBlock } from "@slack/types";
import type {
  CriterionResult,
  CriterionStatus,
  Evaluation,
  InformationalResult,
} from "../../../../domain/progress.ts";
import { progressBar } from "../../../../domain/progress-bar.ts";
import type { Ruleset } from "../../../../domain/ruleset.ts";
import type { PathwayBasis } from "../../../../services/progress/pathway-start.ts";
import { buttonValue } from "../../../forms/button-value.ts";
import { SHARED_IDS } from "../../../ids.ts";
import { actions, button, context, header, section } from "../../../views/blocks.ts";
import { criteriaLine } from "../../../views/criteria-basis.ts";
import { escapeMrkdwn } from "../../../views/mrkdwn.ts";
import type { HomeApplication } from "../../applications/views/home-application.ts";
import { SUPERVISION_IDS } from "../../supervision/ids.ts";
import { LOGGING_IDS } from "../ids.ts";
import { amount } from "./entry-words.ts";

/** What the checklist shows: the evaluator's output and the ruleset it came from. */
export interface ProgressFacts {
  ruleset: Pick<Ruleset, "title" | "source" | "note">;
  /** Why that ruleset applies: the start date and who set it. */
  basis?: PathwayBasis;
  evaluation: Evaluation;
  /** False until the trainee has answered the profile form. */
  hasProfile: boolean;
}

const STATUS: Record<CriterionStatus, string> = {
  met: ":white_check_mark: Met",
  in_progress: ":hourglass_flowing_sand: In progress",
  missing: ":white_large_square: Not yet",
  discretion: ":speech_balloon: For the subcommittee to judge",
};

/** The explanation without the title it often starts with ("Co-led sessions 12 of 20…"). */
function withoutTitle({ title, explanation }: CriterionResult): string {
  if (!explanation.toLowerCase().startsWith(title.toLowerCase())) return explanation;
  const rest = explanation.slice(title.length).replace(/^[\s:,;]+/, "");
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** One criterion: status, title, have/need with a bar (when there is a number to reach), why. */
export function criterionText(criterion: CriterionResult): string {
  const { have, need, unit, profileQuestion } = criterion;
  const measured =
    need > 1 ? `\`${progressBar(have, need)}\` ${amount(have)} of ${amount(need)} ${unit}` : "";
  return [
    `${STATUS[criterion.status]} · *${criterion.title}*`,
    measured,
    // The explanation may quote the trainee's own answers (their professional training).
    escapeMrkdwn(withoutTitle(criterion)),
    profileQuestion ? `:memo: _${profileQuestion}_` : "",
  ]
    .filter((line) => line !== "")
    .join("\n");
}

function summary(evaluation: Evaluation, command: string): string {
  // Discretionary and desirable criteria are shown but never counted.
  const counted = evaluation.criteria.filter((c) => c.status !== "discretion" && !c.desirable);
  const met = counted.filter((c) => c.status === "met").length;
  if (evaluation.allMet) {
    return `:tada: All ${counted.length} criteria are met. When you are ready, \`${command} apply\`.`;
  }
  return `*${met} of ${counted.length} criteria met.* Still to do: ${evaluation.missing.join("; ")}.`;
}

function informational(items: readonly InformationalResult[]): KnownBlock[] {
  if (items.length === 0) return [];
  return [
    section(
      `*Also logged*\n${items.map((item) => `• ${escapeMrkdwn(item.explanation)}`).join("\n")}`,
    ),
  ];
}

/** The checklist itself, shared by `/balint progress` and the App Home. Pure. */
export function checklistBlocks(facts: ProgressFacts, command: string): KnownBlock[] {
  const { evaluation, ruleset } = facts;
  return [
    section(summary(evaluation, command)),
    ...evaluation.criteria.map((criterion) => section(criterionText(criterion))),
    ...informational(evaluation.informational ?? []),
    ...(facts.basis ? [context(criteriaLine(ruleset, facts.basis))] : []),
    context(`${ruleset.title} (${ruleset.source}). ${ruleset.note}`),
  ];
}

/** True when the profile form would settle something the checklist cannot tell yet. */
export function profileWouldHelp(facts: ProgressFacts): boolean {
  return !facts.hasProfile || facts.evaluation.criteria.some((c) => c.profileQuestion);
}

function profileButton(): Button {
  return button("Complete your profile", SHARED_IDS.openProfile, buttonValue({ from: "progress" }));
}

/** `/balint progress`. Pure. */
export function progressBlocks(facts: ProgressFacts, command: string): KnownBlock[] {
  const buttons = profileWouldHelp(facts) ? [profileButton()] : [];
  return [
    header("Your progress"),
    ...checklistBlocks(facts, command),
    ...(buttons.length > 0 ? [actions(LOGGING_IDS.progressActionsBlock, buttons)] : []),
  ];
}

/**
 * The trainee's part of the App Home: the same checklist, where their application stands, and
 * buttons for what their commands do (log, sessions, ask a supervisor, apply, profile). Pure.
 */
export function traineeHomeBlocks(
  facts: ProgressFacts,
  command: string,
  application: HomeApplication,
): KnownBlock[] {
  const fromHome = buttonValue({ from: "home" });
  return [
    header("Your pathway to accreditation"),
    ...(application.line ? [section(application.line)] : []),
    actions(LOGGING_IDS.homeActionsBlock, [
      button("Log a session", SHARED_IDS.openLog, fromHome, "primary"),
      button("My sessions", LOGGING_IDS.openSessions, fromHome),
      button("Ask a supervisor", SUPERVISION_IDS.askSupervisor, fromHome),
      ...(application.button ? [application.button] : []),
      ...(profileWouldHelp(facts) ? [profileButton()] : []),
    ]),
    ...checklistBlocks(facts, command),
  ];
}

export function progressText(facts: ProgressFacts): string {
  const counted = facts.evaluation.criteria.filter(
    (c) => c.status !== "discretion" && !c.desirable,
  );
  const met = counted.filter((c) => c.status === "met").length;
  return `Your progress: ${met} of ${counted.length} criteria met.`;
}
