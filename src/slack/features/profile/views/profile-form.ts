import type { ModalView } from "@slack/types";
import { formatUkDate } from "../../../../domain/dates.ts";
import type { Ruleset } from "../../../../domain/ruleset.ts";
import { SOCIETIES, type SocietyProfile } from "../../../../domain/societies.ts";
import type { PathwayBasis } from "../../../../services/progress/pathway-start.ts";
import { PSYCHOANALYTIC_DETAILS_MAX } from "../../../../services/progress/set-up-profile.ts";
import { context, section } from "../../../views/blocks.ts";
import { basisPhrase, criteriaLine, criteriaName } from "../../../views/criteria-basis.ts";
import {
  dateInput,
  modal,
  radioInput,
  textInput,
  YES_NO,
  yesNoValue,
} from "../../../views/inputs.ts";
import { PROFILE_IDS } from "../ids.ts";

/** The answers the form starts from: the saved profile, or every answer unknown. */
export interface ProfileAnswers {
  ukBalintMember: boolean | null;
  /** "YYYY-MM-DD" when the society confirmed the membership. */
  membershipConfirmedOn?: string | null;
  professionalTraining: string | null;
  psychoanalyticTraining: boolean | null;
  psychoanalyticTrainingDetails?: string | null;
  pathwayStartedOn: string | null;
  /** True when the leadership team set the start date: it shows, but cannot be changed. */
  pathwayStartLocked?: boolean;
}

/** As set-up-profile checks them (the use case does not export its limits). */
const TRAINING_LENGTH = { min: 2, max: 300 } as const;

export const START_DATE_HINT =
  "This date decides which version of the society's criteria applies to you; they stay yours unless the date changes. Not sure? Leave it blank: the criteria in force when you first contacted us apply.";

export { criteriaName };

/** Shown for the moment it takes to read the saved profile. Pure. */
export function profileLoadingView(): ModalView {
  return modal({
    callbackId: PROFILE_IDS.loading,
    title: "Your profile",
    close: "Close",
    blocks: [section(":hourglass_flowing_sand: Getting your profile…")],
  });
}

/** The trainee's profile, prefilled with what they saved before, in the society's words. Pure. */
export function profileFormView(
  current: ProfileAnswers,
  ruleset: Pick<Ruleset, "title" | "source">,
  basis?: PathwayBasis,
  society: Pick<SocietyProfile, "membershipQuestion"> = SOCIETIES.bsuk,
): ModalView {
  const confirmedOn = current.membershipConfirmedOn ?? null;
  return modal({
    callbackId: PROFILE_IDS.form,
    title: "Your profile",
    submit: "Save",
    blocks: [
      section(
        "These answers decide which of the society's criteria apply to you and how your progress is counted. You can change them at any time.",
      ),
      context(
        basis
          ? criteriaLine(ruleset, basis)
          : `Criteria that apply to you now: *${criteriaName(ruleset)}*`,
      ),
      radioInput({
        blockId: "ukBalintMember",
        label: society.membershipQuestion,
        ...(confirmedOn
          ? { hint: `Confirmed by the society on ${formatUkDate(confirmedOn)}.` }
          : {}),
        choices: YES_NO,
        initialValue: yesNoValue(current.ukBalintMember),
      }),
      textInput({
        blockId: "professionalTraining",
        label: "Professional training",
        hint: "In a health or health-related field.",
        placeholder: "e.g. GP (MRCGP)",
        minLength: TRAINING_LENGTH.min,
        maxLength: TRAINING_LENGTH.max,
        initialValue: current.professionalTraining,
      }),
      radioInput({
        blockId: "psychoanalyticTraining",
        label: "Do you have psychoanalytic training?",
        hint: "It changes how much experience as a group member the criteria ask for.",
        choices: YES_NO,
        initialValue: yesNoValue(current.psychoanalyticTraining),
      }),
      textInput({
        blockId: "psychoanalyticTrainingDetails",
        label: "If yes: what psychoanalytic training?",
        hint: "Needed when you answer yes: it lowers the group sessions asked for from 20 to 8, and the subcommittee sees it with your application.",
        placeholder: "e.g. Psychoanalytic psychotherapy, 4 years",
        maxLength: PSYCHOANALYTIC_DETAILS_MAX,
        optional: true,
        initialValue: current.psychoanalyticTrainingDetails ?? null,
      }),
      ...startDateBlocks(current, basis),
    ],
  });
}

/** The start date: a date picker, or, once the leadership team has set it, who set it. */
function startDateBlocks(current: ProfileAnswers, basis?: PathwayBasis) {
  if (current.pathwayStartLocked && current.pathwayStartedOn) {
    const who =
      basis?.kind === "set" ? basisPhrase(basis) : "the leadership team set your start date";
    return [
      section(
        `*When you began the pathway:* ${formatUkDate(current.pathwayStartedOn)}. ${who.charAt(0).toUpperCase()}${who.slice(1)}, so only they can change it.`,
      ),
    ];
  }
  return [
    dateInput({
      blockId: "pathwayStartedOn",
      label: "When did you begin the pathway?",
      hint: START_DATE_HINT,
      optional: true,
      placeholder: "Choose a date",
      initialDate: current.pathwayStartedOn,
    }),
  ];
}
