import type { ModalView, PlainTextOption } from "@slack/types";
import { z } from "zod";
import { COMPETENCY_RATING_LABELS } from "../../../../../domain/competencies.ts";
import type { PrepareSupervisorReportResult } from "../../../../../services/supervision/prepare-supervisor-report.ts";
import { encodeMetadata } from "../../../../forms/private-metadata.ts";
import { context, mention, plain, section } from "../../../../views/blocks.ts";
import { SLACK_LIMITS } from "../../../../views/limits.ts";
import { SUPERVISION_IDS } from "../../ids.ts";

export const REPORT_TITLE = "Supervisor's report";
export const REPORT_BLOCKS = { text: "text", discussed: "discussed", ready: "ready" } as const;

export const reportMetadata = z.object({ teamId: z.string(), traineeUserId: z.string() });

const DISCUSSED: PlainTextOption = {
  text: plain("I have discussed this report with the trainee"),
  value: "yes",
};
const READY: PlainTextOption[] = [
  { text: plain("Yes: ready to apply"), value: "yes" },
  { text: plain("Not yet"), value: "no" },
];

/** "C3 Group and unconscious processes (developing), C5 … (not yet observed)" */
export function competencyGaps(gaps: PrepareSupervisorReportResult["belowDemonstrated"]): string {
  return gaps
    .map((gap) => `${gap.id} ${gap.title} (${COMPETENCY_RATING_LABELS[gap.rating].toLowerCase()})`)
    .join(", ");
}

/** Warns, without stopping anyone, when "ready" would go with competencies not yet demonstrated. */
export function readyWarning(gaps: PrepareSupervisorReportResult["belowDemonstrated"]): string {
  return `:warning: Still rated below demonstrated: ${competencyGaps(gaps)}. The society's text says a trainee ready to apply is fulfilling the competencies. If you say *ready*, the subcommittee sees both; the decision is yours.`;
}

/** The written report / reference, "discussed with the trainee" and "ready to apply". Pure. */
export function reportModal(prepared: PrepareSupervisorReportResult, teamId: string): ModalView {
  const { previous } = prepared;
  const ready = previous ? READY[previous.readyToApply ? 0 : 1] : undefined;
  return {
    type: "modal",
    callback_id: SUPERVISION_IDS.reportModal,
    private_metadata: encodeMetadata(reportMetadata, {
      teamId,
      traineeUserId: prepared.trainee.slackUserId,
    }),
    title: plain(REPORT_TITLE, SLACK_LIMITS.modalTitle),
    submit: plain("Send report", SLACK_LIMITS.modalSubmitText),
    close: plain("Cancel", SLACK_LIMITS.modalSubmitText),
    blocks: [
      section(
        `Your written report / reference for ${mention(prepared.trainee.slackUserId)}. They see it as soon as you send it, and the subcommittee sees it when they apply.${previous ? " It replaces your earlier report, which is kept." : ""}`,
      ),
      {
        type: "input",
        block_id: REPORT_BLOCKS.text,
        label: plain("Report / reference"),
        element: {
          type: "plain_text_input",
          action_id: "value",
          multiline: true,
          min_length: 20,
          max_length: 3000,
          ...(previous ? { initial_value: previous.text.slice(0, 3000) } : {}),
        },
      },
      {
        type: "input",
        block_id: REPORT_BLOCKS.discussed,
        label: plain("Discussed with the trainee"),
        element: { type: "checkboxes", action_id: "value", options: [DISCUSSED] },
      },
      {
        type: "input",
        block_id: REPORT_BLOCKS.ready,
        label: plain("Is the trainee ready to apply?"),
        element: {
          type: "radio_buttons",
          action_id: "value",
          options: READY,
          ...(ready ? { initial_option: ready } : {}),
        },
      },
      ...(prepared.belowDemonstrated.length > 0
        ? [context(readyWarning(prepared.belowDemonstrated))]
        : []),
      context("Please leave out any patient details."),
    ],
  };
}
