import type { App } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import type { z } from "zod";
import { COMPETENCY_IDS, type CompetencyRating } from "../../../../domain/competencies.ts";
import type { PersonRef } from "../../../../domain/person-ref.ts";
import type { Actor } from "../../../../services/context.ts";
import { prepareCompetencySignOff } from "../../../../services/supervision/prepare-competency-sign-off.ts";
import {
  signOffCompetencies,
  signOffCompetenciesInput,
} from "../../../../services/supervision/sign-off-competencies.ts";
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
  COMPETENCIES_TITLE,
  commentBlock,
  competenciesMetadata,
  competenciesModal,
  ratingBlock,
} from "../views/sign-off/competencies-modal.ts";

/** The sign-off form for one trainee; the service refuses anyone but their supervisor. */
function openCompetencies(
  deps: BotDeps,
  client: WebClient,
  triggerId: string,
  actor: Actor,
  trainee: PersonRef,
) {
  return openModalThenFill(
    client,
    triggerId,
    COMPETENCIES_TITLE,
    deps.config.SLASH_COMMAND,
    async () => {
      const prepared = await prepareCompetencySignOff(serviceContext(deps), actor, { trainee });
      return competenciesModal(prepared, actor.teamId, deps.config.TIMEZONE);
    },
  );
}

/** `/balint competencies @trainee`: the trainee's supervisor only. */
export const competenciesSubcommand: SubcommandHandler = async ({ deps, slack, rest, actor }) => {
  const usage = `Name the trainee you supervise, e.g. \`${deps.config.SLASH_COMMAND} competencies @Sam Patel\`.`;
  const { person, rest: after } = mentionedPerson(actor.teamId, rest, usage);
  refuseExtraWords(after, usage);
  await slack.ack();
  await openCompetencies(deps, slack.client, slack.command.trigger_id, actor, person);
};

/** "Sign off competencies" beside a trainee on the supervisor's App Home: the same form. */
export function competenciesButton(deps: BotDeps) {
  return async ({ ack, body, action, client }: ButtonClickArgs): Promise<void> => {
    const { user } = readButtonValue(personValue, action.value);
    await ack();
    const actor = interactionActor(deps, body);
    await openCompetencies(deps, client, body.trigger_id, actor, {
      teamId: actor.teamId,
      userId: user,
    });
  };
}

/** A service issue path (ratings.C1.comment) names the modal block it belongs to. */
function blockForIssue(path: readonly PropertyKey[]): string | undefined {
  const [group, id, field] = path.map(String);
  if (group !== "ratings" || !id) return undefined;
  return field === "comment" ? commentBlock(id) : ratingBlock(id);
}

function formErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const block = blockForIssue(issue.path) ?? ratingBlock("C1");
    errors[block] ??= issue.message;
  }
  return errors;
}

function asInput(rated: { rating: CompetencyRating; comment: string | null }) {
  return { rating: rated.rating, ...(rated.comment ? { comment: rated.comment } : {}) };
}

/** The five ratings, read beside the trainee the modal is about (from its metadata). */
function readRatings(
  values: ViewStateValues,
  meta: z.infer<typeof competenciesMetadata>,
): ModalResult<z.output<typeof signOffCompetenciesInput>> {
  const flat = flattenViewState(values);
  const checked = signOffCompetenciesInput.safeParse({
    trainee: { teamId: meta.teamId, userId: meta.traineeUserId },
    ratings: Object.fromEntries(
      COMPETENCY_IDS.map((id) => [
        id,
        { rating: flat[ratingBlock(id)], comment: flat[commentBlock(id)] },
      ]),
    ),
  });
  return checked.success
    ? { ok: true, data: checked.data }
    : { ok: false, errors: formErrors(checked.error) };
}

function submitCompetencies(deps: BotDeps) {
  return submitModal(deps, {
    metadata: competenciesMetadata,
    form: (values, { metadata }) => readRatings(values, metadata),
    run: ({ ctx, actor, form: { trainee, ratings } }) =>
      signOffCompetencies(ctx, actor, {
        trainee,
        ratings: {
          C1: asInput(ratings.C1),
          C2: asInput(ratings.C2),
          C3: asInput(ratings.C3),
          C4: asInput(ratings.C4),
          C5: asInput(ratings.C5),
        },
      }),
    refusal: (error) => ({ [ratingBlock("C1")]: error.userMessage }),
    answer: (_result, { metadata }) => ({
      response_action: "update",
      view: noticeModal(
        COMPETENCIES_TITLE,
        `Signed off. I've told ${mention(metadata.traineeUserId)}, and the sign-off is kept with today's date.`,
      ),
    }),
  });
}

export function registerCompetencies(app: App, deps: BotDeps): void {
  app.action(SUPERVISION_IDS.openCompetencies, competenciesButton(deps));
  app.view(SUPERVISION_IDS.competenciesModal, submitCompetencies(deps));
}
