import type { KnownBlock } from "@slack/types";
import { statusLabel } from "../../../../domain/application-status.ts";
import { formatUkDate } from "../../../../domain/dates.ts";
import type { Evaluation } from "../../../../domain/progress.ts";
import type { MyApplicationResult } from "../../../../services/applications/get-my-application.ts";
import { buttonValue } from "../../../forms/button-value.ts";
import { SHARED_IDS } from "../../../ids.ts";
import { actions, button, context, header, mention, section } from "../../../views/blocks.ts";
import { APPLICATION_IDS } from "../ids.ts";
import { checklistLines, metCount, missingLine } from "./checklist.ts";
import { dayOf, quote } from "./text.ts";

export interface ApplyMessageInput {
  evaluation: Evaluation;
  hasProfile: boolean;
  mine: MyApplicationResult;
  timeZone: string;
  command: string;
}

/** What the form opens for: a first (or new) application, or an answer to the subcommittee. */
export type FormMode = { mode: "apply" } | { mode: "resubmit"; id: number };

/** `/balint apply`: the trainee's checklist, where their application stands, and what they can do. Pure. */
export function applyMessage(input: ApplyMessageInput) {
  const { evaluation } = input;
  const standing = standingText(input);
  const next = nextStep(input);
  const missing = missingLine(evaluation.missing);
  const profileButton = input.hasProfile
    ? []
    : [button("Complete your profile", SHARED_IDS.openProfile, buttonValue({ from: "apply" }))];
  const buttons = [...(next ? [next] : []), ...profileButton];
  const blocks: KnownBlock[] = [
    header("Applying for accreditation"),
    section(standing),
    section(
      `*Your checklist* (${metCount(evaluation.criteria)})\n${checklistLines(evaluation.criteria)}`,
    ),
    ...(missing
      ? [
          section(
            `${missing}\nThe criteria are guidelines, not rules: you can still apply. Say in your statement how you have met them or why they do not apply.`,
          ),
        ]
      : []),
    ...(input.hasProfile
      ? []
      : [
          context(
            "Some of your profile is not filled in yet, so parts of the checklist cannot be judged.",
          ),
        ]),
    ...(buttons.length > 0 ? [actions("application_apply", buttons)] : []),
  ];
  return { text: `Your checklist: ${metCount(evaluation.criteria)}.`, blocks };
}

function standingText({ mine, timeZone, command }: ApplyMessageInput): string {
  const { application, leaderSince } = mine;
  if (leaderSince) {
    return `You are on the register of accredited leaders since ${formatUkDate(leaderSince)}, so there is nothing to apply for.`;
  }
  const submitted = application?.submittedAt ? dayOf(application.submittedAt, timeZone) : "";
  const decision = application?.latestDecision;
  const why = decision?.reason ? `\n${quote(decision.reason)}` : "";
  switch (application?.status) {
    case "submitted":
    case "resubmitted":
      return `Your application of ${submitted} is with the leadership subcommittee (${statusLabel(application.status)}). I will tell you here when they decide.`;
    case "more_info_requested":
      return `The subcommittee has asked for more information about your application of ${submitted}${decision ? ` (${mention(decision.actor.slackUserId)}, ${dayOf(decision.at, timeZone)})` : ""}:${why}\nUpdate your statement and resubmit it when you are ready.`;
    case "recommended":
      return `The subcommittee has recommended your application to the Balint Council. An admin will record the Council's decision, and I will tell you.`;
    case "not_yet":
      return `Your last application, of ${submitted}, was “not yet”:${why}\nWhen you are ready, you can apply again. Here is your checklist as it stands.`;
    default:
      return `When you apply, the leadership subcommittee receives your checklist as it stands, your supervisor's report if it is in, and a statement from you (the leadership form). Use \`${command} progress\` to see more detail.`;
  }
}

/** The button to apply, resubmit, or none while an application is open or already accredited. Pure. */
export function nextStep({ mine, evaluation }: Pick<ApplyMessageInput, "mine" | "evaluation">) {
  const { application, leaderSince } = mine;
  if (leaderSince) return undefined;
  if (application?.status === "more_info_requested") {
    const mode: FormMode = { mode: "resubmit", id: application.id };
    return button("Update and resubmit", APPLICATION_IDS.openForm, buttonValue(mode), "primary");
  }
  const open = ["submitted", "resubmitted", "recommended"];
  if (application && open.includes(application.status)) return undefined;
  const mode: FormMode = { mode: "apply" };
  return evaluation.missing.length === 0
    ? button("Apply", APPLICATION_IDS.openForm, buttonValue(mode), "primary")
    : button("Apply anyway — I have seen the gaps", APPLICATION_IDS.openForm, buttonValue(mode));
}
