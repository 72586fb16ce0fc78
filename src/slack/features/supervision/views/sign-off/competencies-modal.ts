import type { KnownBlock, ModalView, PlainTextOption } from "@slack/types";
import { z } from "zod";
import {
  COMPETENCIES,
  COMPETENCY_RATING_LABELS,
  COMPETENCY_RATINGS,
  type CompetencyRating,
} from "../../../../../domain/competencies.ts";
import { calendarDate, formatUkDate } from "../../../../../domain/dates.ts";
import type {
  LatestRating,
  PrepareCompetencySignOffResult,
} from "../../../../../services/supervision/prepare-competency-sign-off.ts";
import { encodeMetadata } from "../../../../forms/private-metadata.ts";
import { context, mention, plain, section } from "../../../../views/blocks.ts";
import { SLACK_LIMITS, truncate } from "../../../../views/limits.ts";
import { escapeMrkdwn } from "../../../../views/mrkdwn.ts";
import { SUPERVISION_IDS } from "../../ids.ts";

export const COMPETENCIES_TITLE = "Competencies";

const ratingSchema = z.enum(COMPETENCY_RATINGS);
export const competenciesMetadata = z.object({
  teamId: z.string(),
  traineeUserId: z.string(),
  /** The ratings before this sign-off, to tell the trainee what changed. */
  previous: z.partialRecord(z.enum(["C1", "C2", "C3", "C4", "C5"]), ratingSchema),
});
export type CompetenciesMetadata = z.output<typeof competenciesMetadata>;

export const ratingBlock = (id: string) => `${id}_rating`;
export const commentBlock = (id: string) => `${id}_comment`;

function option(rating: CompetencyRating): PlainTextOption {
  return { text: plain(COMPETENCY_RATING_LABELS[rating]), value: rating };
}

function lastTime(latest: LatestRating | undefined, timeZone: string): string {
  if (!latest) return "_Not signed off before._";
  const when = formatUkDate(calendarDate(latest.signedAt, timeZone));
  const comment = latest.comment ? `: "${escapeMrkdwn(truncate(latest.comment, 300))}"` : "";
  return `_Last sign-off, ${when}: ${COMPETENCY_RATING_LABELS[latest.rating]}${comment}_`;
}

/** The five competencies in the society's words, each rated with an optional comment. Pure. */
export function competenciesModal(
  prepared: PrepareCompetencySignOffResult,
  teamId: string,
  timeZone: string,
): ModalView {
  const previous: CompetenciesMetadata["previous"] = {};
  const blocks: KnownBlock[] = [
    section(
      `Sign off the five competencies for ${mention(prepared.trainee.slackUserId)}. Each sign-off is kept with its date, so the history shows growth.`,
    ),
  ];
  for (const competency of COMPETENCIES) {
    const latest = prepared.latest[competency.id];
    if (latest) previous[competency.id] = latest.rating;
    blocks.push(
      section(
        `*${competency.id}. ${competency.title}*\n${competency.text}\n${lastTime(latest, timeZone)}`,
      ),
      {
        type: "input",
        block_id: ratingBlock(competency.id),
        label: plain(`${competency.id}: rating`),
        element: {
          type: "radio_buttons",
          action_id: "value",
          options: COMPETENCY_RATINGS.map(option),
          ...(latest ? { initial_option: option(latest.rating) } : {}),
        },
      },
      {
        type: "input",
        block_id: commentBlock(competency.id),
        optional: true,
        label: plain(`${competency.id}: comment`),
        element: {
          type: "plain_text_input",
          action_id: "value",
          multiline: true,
          max_length: 500,
        },
      },
    );
  }
  blocks.push(context("Comments go to the trainee. Please leave out any patient details."));
  return {
    type: "modal",
    callback_id: SUPERVISION_IDS.competenciesModal,
    private_metadata: encodeMetadata(competenciesMetadata, {
      teamId,
      traineeUserId: prepared.trainee.slackUserId,
      previous,
    }),
    title: plain(COMPETENCIES_TITLE, SLACK_LIMITS.modalTitle),
    submit: plain("Sign off", SLACK_LIMITS.modalSubmitText),
    close: plain("Cancel", SLACK_LIMITS.modalSubmitText),
    blocks,
  };
}
