import { formatUkDate } from "../../../../domain/dates.ts";
import type { Ruleset } from "../../../../domain/ruleset.ts";
import type { PathwayBasis } from "../../../../services/progress/pathway-start.ts";
import type { SlackMessage } from "../../../direct-message.ts";
import { context, fields, section } from "../../../views/blocks.ts";
import { criteriaLine, criteriaName } from "../../../views/criteria-basis.ts";
import { escapeMrkdwn } from "../../../views/mrkdwn.ts";
import type { ProfileAnswers } from "./profile-form.ts";

const yesNo = (answer: boolean | null) => (answer === null ? "—" : answer ? "Yes" : "No");

/** The private confirmation of what was saved and which criteria now apply. Pure. */
export function profileSavedMessage(
  saved: ProfileAnswers,
  ruleset: Pick<Ruleset, "title" | "source">,
  command: string,
  basis?: PathwayBasis,
): SlackMessage {
  const criteria = criteriaName(ruleset);
  return {
    text: `Your profile is saved. The criteria that apply to you: ${criteria}.`,
    blocks: [
      section(":white_check_mark: *Your profile is saved.*"),
      fields([
        ["Member of the UK Balint Society", yesNo(saved.ukBalintMember)],
        [
          "Professional training",
          saved.professionalTraining ? escapeMrkdwn(saved.professionalTraining) : "—",
        ],
        [
          "Psychoanalytic training",
          saved.psychoanalyticTraining && saved.psychoanalyticTrainingDetails
            ? `Yes: ${escapeMrkdwn(saved.psychoanalyticTrainingDetails)}`
            : yesNo(saved.psychoanalyticTraining),
        ],
        [
          "Began the pathway",
          saved.pathwayStartedOn ? formatUkDate(saved.pathwayStartedOn) : "Not given",
        ],
      ]),
      section(
        basis ? criteriaLine(ruleset, basis) : `The criteria that apply to you: *${criteria}*.`,
      ),
      context(
        `\`${command} progress\` shows where you stand; \`${command} profile\` changes these answers.`,
      ),
    ],
  };
}
