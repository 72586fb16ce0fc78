import type { KnownBlock } from "@slack/types";
import {
  COMPETENCIES,
  COMPETENCY_RATING_LABELS,
  COMPETENCY_RATINGS,
  type CompetencyId,
  type CompetencyRating,
} from "../../../../../domain/competencies.ts";
import type { SlackMessage } from "../../../../direct-message.ts";
import { context, mention, section } from "../../../../views/blocks.ts";
import { SLACK_LIMITS } from "../../../../views/limits.ts";
import { chunksWithin, escapeMrkdwn, quoteUserText } from "../../../../views/mrkdwn.ts";

function isRating(value: string): value is CompetencyRating {
  return (COMPETENCY_RATINGS as readonly string[]).includes(value);
}

function ratingLabel(value: string): string {
  return isRating(value) ? COMPETENCY_RATING_LABELS[value] : value;
}

/** What the trainee is told after a competency sign-off, with what changed since the last. Pure. */
export function competenciesNotice(input: {
  supervisorUserId: string;
  signOffs: readonly { competency: string; rating: string; comment: string | null }[];
  previous: Partial<Record<CompetencyId, CompetencyRating>>;
  date: string;
}): SlackMessage {
  const text = `${mention(input.supervisorUserId)} signed off your competencies on ${input.date}.`;
  const lines = COMPETENCIES.map((competency) => {
    const signOff = input.signOffs.find((s) => s.competency === competency.id);
    if (!signOff) return `• *${competency.id}. ${competency.title}*: not rated`;
    const before = input.previous[competency.id];
    const change =
      before && before !== signOff.rating ? ` (was ${COMPETENCY_RATING_LABELS[before]})` : "";
    const comment = signOff.comment ? `\n   _${escapeMrkdwn(signOff.comment)}_` : "";
    return `• *${competency.id}. ${competency.title}*: ${ratingLabel(signOff.rating)}${change}${comment}`;
  });
  return { text, blocks: [section(`:clipboard: ${text}\n${lines.join("\n")}`)] };
}

/** Long text as quoted sections, each within Slack's section limit. */
function quotedSections(text: string): KnownBlock[] {
  return chunksWithin(text, SLACK_LIMITS.sectionText - 200).map((chunk) =>
    section(quoteUserText(chunk)),
  );
}

/** The supervisor's report as the trainee (and the supervisor) see it. Pure. */
export function reportMessage(input: {
  supervisorUserId: string;
  traineeUserId: string;
  text: string;
  readyToApply: boolean;
  date: string;
  forTrainee: boolean;
}): SlackMessage {
  const by = mention(input.supervisorUserId);
  const about = mention(input.traineeUserId);
  const heading = input.forTrainee
    ? `${by} has written your supervisor's report (${input.date}).`
    : `Your supervisor's report for ${about} (${input.date}) is sent; ${about} can read it now.`;
  const ready = input.readyToApply ? "Ready to apply: *yes*." : "Ready to apply: *not yet*.";
  return {
    text: heading,
    blocks: [
      section(`:memo: ${heading}\n${ready} Discussed with the trainee: *yes*.`),
      ...quotedSections(input.text),
      context(
        input.forTrainee
          ? "The subcommittee sees this report when you apply."
          : "The subcommittee sees it when they apply.",
      ),
    ],
  };
}
