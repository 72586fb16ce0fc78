import type { App } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import type { z } from "zod";
import type { PersonRef } from "../../../../domain/person-ref.ts";
import type { Actor } from "../../../../services/context.ts";
import { prepareSupervisorReport } from "../../../../services/supervision/prepare-supervisor-report.ts";
import {
  submitSupervisorReport,
  submitSupervisorReportInput,
} from "../../../../services/supervision/submit-supervisor-report.ts";
import type { SubcommandHandler } from "../../../commands/types.ts";
import { type BotDeps, serviceContext } from "../../../deps.ts";
import { readButtonValue } from "../../../forms/button-value.ts";
import {
  flattenViewState,
  type ModalResult,
  type ViewStateValues,
} from "../../../forms/modal-state.ts";
import { openModalThenFill } from "../../../forms/open-modal.ts";
import { personValue } from "../../../forms/person-value.ts";
import { submitModal } from "../../../forms/submit-modal.ts";
import { type ButtonClickArgs, interactionActor } from "../../../interaction.ts";
import { mention } from "../../../views/blocks.ts";
import { noticeModal } from "../../../views/notice-modal.ts";
import { mentionedPerson, refuseExtraWords } from "../command-words.ts";
import { SUPERVISION_IDS } from "../ids.ts";
import {
  REPORT_BLOCKS,
  REPORT_TITLE,
  readyWarning,
  reportMetadata,
  reportModal,
} from "../views/sign-off/report-modal.ts";

/** The report form for one trainee; the service refuses anyone but their supervisor. */
function openReport(
  deps: BotDeps,
  client: WebClient,
  triggerId: string,
  actor: Actor,
  trainee: PersonRef,
) {
  return openModalThenFill(client, triggerId, REPORT_TITLE, deps.config.SLASH_COMMAND, async () => {
    const prepared = await prepareSupervisorReport(serviceContext(deps), actor, { trainee });
    return reportModal(prepared, actor.teamId);
  });
}

/** `/balint report @trainee`: the trainee's supervisor only. */
export const reportSubcommand: SubcommandHandler = async ({ deps, slack, rest, actor }) => {
  const usage = `Name the trainee you supervise, e.g. \`${deps.config.SLASH_COMMAND} report @Sam Patel\`.`;
  const { person, rest: after } = mentionedPerson(actor.teamId, rest, usage);
  refuseExtraWords(after, usage);
  await slack.ack();
  await openReport(deps, slack.client, slack.command.trigger_id, actor, person);
};

/** "Write report" beside a trainee on the supervisor's App Home: the same form. */
export function reportButton(deps: BotDeps) {
  return async ({ ack, body, action, client }: ButtonClickArgs): Promise<void> => {
    const { user } = readButtonValue(personValue, action.value);
    await ack();
    const actor = interactionActor(deps, body);
    await openReport(deps, client, body.trigger_id, actor, { teamId: actor.teamId, userId: user });
  };
}

const BLOCK_OF_FIELD: Record<string, string> = {
  text: REPORT_BLOCKS.text,
  discussedWithTrainee: REPORT_BLOCKS.discussed,
  readyToApply: REPORT_BLOCKS.ready,
};

function formErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const block = BLOCK_OF_FIELD[String(issue.path[0])] ?? REPORT_BLOCKS.text;
    errors[block] ??= issue.message;
  }
  return errors;
}

function yesNo(value: string | string[] | undefined): boolean | undefined {
  return value === "yes" ? true : value === "no" ? false : undefined;
}

/** The report's answers, about the trainee the modal names in its metadata. */
function readReport(
  values: ViewStateValues,
  meta: z.infer<typeof reportMetadata>,
): ModalResult<z.output<typeof submitSupervisorReportInput>> {
  const flat = flattenViewState(values);
  const discussed = flat[REPORT_BLOCKS.discussed];
  const checked = submitSupervisorReportInput.safeParse({
    trainee: { teamId: meta.teamId, userId: meta.traineeUserId },
    text: flat[REPORT_BLOCKS.text],
    discussedWithTrainee: Array.isArray(discussed) && discussed.includes("yes") ? true : undefined,
    readyToApply: yesNo(flat[REPORT_BLOCKS.ready]),
  });
  return checked.success
    ? { ok: true, data: checked.data }
    : { ok: false, errors: formErrors(checked.error) };
}

function submitReport(deps: BotDeps) {
  return submitModal(deps, {
    metadata: reportMetadata,
    form: (values, { metadata }) => readReport(values, metadata),
    run: ({ ctx, actor, form }) => submitSupervisorReport(ctx, actor, form),
    refusal: (error) => ({ [REPORT_BLOCKS.text]: error.userMessage }),
    answer: (result, { metadata }) => ({
      response_action: "update",
      view: noticeModal(
        REPORT_TITLE,
        `Report sent. I've told ${mention(metadata.traineeUserId)}, who can read it now.${
          result.report.readyToApply && result.belowDemonstrated.length > 0
            ? `\n\n${readyWarning(result.belowDemonstrated)}`
            : ""
        }`,
      ),
    }),
  });
}

export function registerReport(app: App, deps: BotDeps): void {
  app.action(SUPERVISION_IDS.openReport, reportButton(deps));
  app.view(SUPERVISION_IDS.reportModal, submitReport(deps));
}
