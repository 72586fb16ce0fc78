import type { KnownBlock, ModalView } from "@slack/types";
import { z } from "zod";
import type { Evaluation } from "../../../../domain/progress.ts";
import { STATEMENT_MAX } from "../../../../services/applications/submit-application.ts";
import { encodeMetadata } from "../../../forms/private-metadata.ts";
import { context, plain, section } from "../../../views/blocks.ts";
import { SLACK_LIMITS, truncate } from "../../../views/limits.ts";
import { APPLICATION_IDS } from "../ids.ts";
import { checklistLines, metCount, missingLine } from "./checklist.ts";
import { quote } from "./text.ts";

export const FORM_BLOCKS = {
  statement: "statement",
  acknowledge: "acknowledge",
  includeNotes: "include_notes",
} as const;
export const ACKNOWLEDGE_VALUE = "seen_gaps";
export const INCLUDE_NOTES_VALUE = "include_notes";

export const formMetadataSchema = z.object({
  mode: z.enum(["apply", "resubmit"]),
  /** The application to resubmit. */
  id: z.number().int().positive().optional(),
  /** Whether the form asked the trainee to confirm they have seen the gaps. */
  gaps: z.boolean(),
});
export type FormMetadata = z.infer<typeof formMetadataSchema>;

export interface ApplyModalInput {
  metadata: FormMetadata;
  evaluation: Evaluation;
  /** When resubmitting: the statement so far and the subcommittee's question. */
  previous?: { statement: string; question: string | null; includesNotes: boolean };
}

export const FORM_TITLES = { apply: "Apply", resubmit: "Update application" } as const;

/** The leadership form's statement, with the gaps to acknowledge when there are any. Pure. */
export function applyModal(input: ApplyModalInput): ModalView {
  const { metadata, evaluation, previous } = input;
  const missing = missingLine(evaluation.missing);
  const statementMax = Math.min(STATEMENT_MAX, SLACK_LIMITS.plainTextInputMax);
  const blocks: KnownBlock[] = [
    ...(previous?.question
      ? [section(`*The subcommittee asked:*\n${quote(truncate(previous.question, 2000))}`)]
      : []),
    section(
      `The leadership subcommittee receives your checklist as it stands (${metCount(evaluation.criteria)}), your supervisor's report if it is in, and this statement.`,
    ),
    ...(missing ? [section(`${missing}\n${checklistLines(notMet(evaluation))}`)] : []),
    ...(metadata.gaps
      ? [
          {
            type: "input" as const,
            block_id: FORM_BLOCKS.acknowledge,
            label: plain("The gaps", SLACK_LIMITS.optionText),
            element: {
              type: "checkboxes" as const,
              action_id: "value",
              options: [
                {
                  text: plain(
                    "I have seen the gaps and still want to apply",
                    SLACK_LIMITS.optionText,
                  ),
                  value: ACKNOWLEDGE_VALUE,
                },
              ],
            },
          },
        ]
      : []),
    {
      type: "input",
      block_id: FORM_BLOCKS.statement,
      label: plain("Your statement (the leadership form)"),
      hint: plain(
        "Your training, your experience as a group member and as a co-leader, and how you meet the criteria. No patient details, please.",
      ),
      element: {
        type: "plain_text_input",
        action_id: "value",
        multiline: true,
        max_length: statementMax,
        ...(previous ? { initial_value: truncate(previous.statement, statementMax) } : {}),
      },
    },
    includeNotesBlock(previous?.includesNotes ?? false),
    context("Balint groups are confidential: leave out anything that could identify a patient."),
  ];
  return {
    type: "modal",
    callback_id: APPLICATION_IDS.formView,
    private_metadata: encodeMetadata(formMetadataSchema, metadata),
    title: plain(FORM_TITLES[metadata.mode], SLACK_LIMITS.modalTitle),
    submit: plain(metadata.mode === "apply" ? "Submit" : "Resubmit", SLACK_LIMITS.modalSubmitText),
    close: plain("Cancel", SLACK_LIMITS.modalSubmitText),
    blocks,
  };
}

const INCLUDE_NOTES_OPTION = {
  text: plain("Put my notes in the PDF for the subcommittee", SLACK_LIMITS.optionText),
  value: INCLUDE_NOTES_VALUE,
};

/** The trainee's choice to share their private notes; left unticked, the PDF holds none. */
function includeNotesBlock(included: boolean): KnownBlock {
  return {
    type: "input",
    block_id: FORM_BLOCKS.includeNotes,
    optional: true,
    label: plain("Your notes", SLACK_LIMITS.optionText),
    hint: plain(
      "The subcommittee receives your application as a PDF too. Your notes stay out of it unless you tick this.",
    ),
    element: {
      type: "checkboxes",
      action_id: "value",
      options: [INCLUDE_NOTES_OPTION],
      ...(included ? { initial_options: [INCLUDE_NOTES_OPTION] } : {}),
    },
  };
}

function notMet(evaluation: Evaluation) {
  return evaluation.criteria.filter((c) => evaluation.missing.includes(c.title));
}
