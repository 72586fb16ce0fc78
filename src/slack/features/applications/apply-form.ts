import type { App, BlockButtonAction, ViewSubmitAction } from "@slack/bolt";
import type { ModalView } from "@slack/types";
import { z } from "zod";
import { AppError } from "../../../domain/app-error.ts";
import { getMyApplication } from "../../../services/applications/get-my-application.ts";
import { resubmitApplication } from "../../../services/applications/resubmit-application.ts";
import {
  statementInput,
  submitApplication,
} from "../../../services/applications/submit-application.ts";
import type { Actor } from "../../../services/context.ts";
import { getProgress } from "../../../services/progress/get-progress.ts";
import { actorFor, type BotDeps, serviceContext } from "../../deps.ts";
import { readButtonValue } from "../../forms/button-value.ts";
import { parseModal, stateValues } from "../../forms/modal-state.ts";
import { openModalThenFill } from "../../forms/open-modal.ts";
import { decodeMetadata } from "../../forms/private-metadata.ts";
import { userMessage } from "../../user-message.ts";
import { noticeModal } from "../../views/notice-modal.ts";
import { teamOf } from "./actors.ts";
import { APPLICATION_IDS } from "./ids.ts";
import { statementFormErrors } from "./modal-answers.ts";
import type { FormMode } from "./views/apply-message.ts";
import {
  ACKNOWLEDGE_VALUE,
  applyModal,
  FORM_BLOCKS,
  FORM_TITLES,
  type FormMetadata,
  formMetadataSchema,
  INCLUDE_NOTES_VALUE,
} from "./views/apply-modal.ts";

const formModeSchema: z.ZodType<FormMode> = z.discriminatedUnion("mode", [
  z.object({ mode: z.literal("apply") }),
  z.object({ mode: z.literal("resubmit"), id: z.number().int().positive() }),
]);

const formSchema = z.object({
  [FORM_BLOCKS.statement]: statementInput,
  [FORM_BLOCKS.acknowledge]: z.array(z.string()).optional(),
  [FORM_BLOCKS.includeNotes]: z.array(z.string()).optional(),
});

/** The Apply / Update and resubmit button, and the statement modal behind it. */
export function registerApplyForm(app: App, deps: BotDeps): void {
  app.action<BlockButtonAction>(APPLICATION_IDS.openForm, async ({ ack, body, action, client }) => {
    await ack();
    const mode = readButtonValue(formModeSchema, action.value);
    const actor = actorFor(deps, teamOf(body), body.user.id);
    await openModalThenFill(
      client,
      body.trigger_id,
      FORM_TITLES[mode.mode],
      deps.config.SLASH_COMMAND,
      () => buildForm(deps, actor, mode),
    );
  });

  app.view<ViewSubmitAction>(APPLICATION_IDS.formView, async ({ ack, body, view }) => {
    const metadata = decodeMetadata(formMetadataSchema, view.private_metadata);
    const parsed = parseModal(formSchema, stateValues(view));
    if (!parsed.ok) {
      await ack({ response_action: "errors", errors: parsed.errors });
      return;
    }
    const acknowledged = parsed.data[FORM_BLOCKS.acknowledge]?.includes(ACKNOWLEDGE_VALUE) ?? false;
    if (metadata.gaps && !acknowledged) {
      await ack({
        response_action: "errors",
        errors: { [FORM_BLOCKS.acknowledge]: "Tick the box to confirm you have seen the gaps." },
      });
      return;
    }
    const actor = actorFor(deps, teamOf(body), body.user.id);
    const input = {
      statement: parsed.data[FORM_BLOCKS.statement],
      acknowledgedGaps: acknowledged,
      includeNotes: parsed.data[FORM_BLOCKS.includeNotes]?.includes(INCLUDE_NOTES_VALUE) ?? false,
    };
    const ctx = serviceContext(deps);
    try {
      if (metadata.mode === "apply") await submitApplication(ctx, actor, input);
      else await resubmitApplication(ctx, actor, { ...input, applicationId: metadata.id });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const errors = statementFormErrors(error, metadata.gaps);
      await ack(
        errors
          ? { response_action: "errors", errors }
          : {
              response_action: "update",
              view: noticeModal(
                FORM_TITLES[metadata.mode],
                userMessage(error, deps.config.SLASH_COMMAND),
              ),
            },
      );
      return;
    }
    await ack();
  });
}

/** The statement form with the checklist as it stands and, to resubmit, the statement so far. */
async function buildForm(deps: BotDeps, actor: Actor, mode: FormMode): Promise<ModalView> {
  const ctx = serviceContext(deps);
  const { evaluation } = await getProgress(ctx, actor);
  const metadata: FormMetadata = { ...mode, gaps: evaluation.missing.length > 0 };
  if (mode.mode === "apply") return applyModal({ metadata, evaluation });
  const { application } = await getMyApplication(ctx, actor);
  if (application?.id !== mode.id || application.status !== "more_info_requested") {
    throw new AppError(
      "CONFLICT",
      "This application is no longer waiting for more information from you. Run the command again to see where it stands.",
      { applicationId: mode.id },
    );
  }
  const question = application.latestDecision?.reason ?? null;
  return applyModal({
    metadata,
    evaluation,
    previous: {
      statement: application.statement,
      question,
      includesNotes: application.includesNotes,
    },
  });
}
