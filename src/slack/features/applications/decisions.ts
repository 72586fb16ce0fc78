import type { App, BlockButtonAction, ViewSubmitAction } from "@slack/bolt";
import { z } from "zod";
import { AppError } from "../../../domain/app-error.ts";
import { SUBCOMMITTEE_DECISIONS } from "../../../domain/application-status.ts";
import {
  decideApplication,
  decideApplicationSchema,
  openDecision,
} from "../../../services/applications/decide-application.ts";
import { type BotDeps, serviceContext, societyOf } from "../../deps.ts";
import { readButtonValue } from "../../forms/button-value.ts";
import { parseModal, stateValues } from "../../forms/modal-state.ts";
import { decodeMetadata } from "../../forms/private-metadata.ts";
import { userMessage } from "../../user-message.ts";
import { noticeModal } from "../../views/notice-modal.ts";
import { decidingActor, requireSubcommittee, teamOf } from "./actors.ts";
import { APPLICATION_IDS, DECISION_ACTION_IDS } from "./ids.ts";
import { reasonFormErrors } from "./modal-answers.ts";
import { decisionMetadataSchema, decisionModal, REASON_BLOCK } from "./views/decision-modal.ts";

const decisionButtonSchema = z.object({
  id: z.number().int().positive(),
  trainee: z.string().min(1),
});

const reasonSchema = z.object({ [REASON_BLOCK]: decideApplicationSchema.shape.reason });

/** The subcommittee's three buttons on an application post, and the reason modal behind each. */
export function registerDecisions(app: App, deps: BotDeps): void {
  for (const decision of SUBCOMMITTEE_DECISIONS) {
    app.action<BlockButtonAction>(
      DECISION_ACTION_IDS[decision],
      async ({ ack, body, action, client }) => {
        await ack();
        const target = readButtonValue(decisionButtonSchema, action.value);
        const actor = await decidingActor(deps, client, teamOf(body), body.user.id);
        requireSubcommittee(actor);
        const { seenEventId } = await openDecision(serviceContext(deps), actor, {
          applicationId: target.id,
        });
        await client.views.open({
          trigger_id: body.trigger_id,
          view: decisionModal({ ...target, decision, seen: seenEventId }, societyOf(deps)),
        });
      },
    );
  }

  app.view<ViewSubmitAction>(APPLICATION_IDS.decisionView, async ({ ack, body, view, client }) => {
    const metadata = decodeMetadata(decisionMetadataSchema, view.private_metadata);
    const parsed = parseModal(reasonSchema, stateValues(view));
    if (!parsed.ok) {
      await ack({ response_action: "errors", errors: parsed.errors });
      return;
    }
    const actor = await decidingActor(deps, client, teamOf(body), body.user.id);
    const reason = parsed.data[REASON_BLOCK];
    try {
      await decideApplication(serviceContext(deps), actor, {
        applicationId: metadata.id,
        decision: metadata.decision,
        reason,
        seenEventId: metadata.seen,
      });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const errors = reasonFormErrors(error);
      await ack(
        errors
          ? { response_action: "errors", errors }
          : {
              response_action: "update",
              view: noticeModal(noticeTitle(error), userMessage(error, deps.config.SLASH_COMMAND)),
            },
      );
      return;
    }
    await ack();
  });
}

function noticeTitle(error: AppError): string {
  return error.code === "ALREADY_DECIDED" ? "Already decided" : "Not decided";
}
