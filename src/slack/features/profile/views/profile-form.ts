import type { ModalView } from "@slack/types";
import type { Ruleset } from "../../../../domain/ruleset.ts";
import { context, section } from "../../../views/blocks.ts";
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
  professionalTraining: string | null;
  psychoanalyticTraining: boolean | null;
  pathwayStartedOn: string | null;
}

/** As set-up-profile checks them (the use case does not export its limits). */
const TRAINING_LENGTH = { min: 2, max: 300 } as const;

export const START_DATE_HINT =
  "This date decides which version of the society's criteria applies to you. Not sure? Leave it blank and the newest criteria apply.";

/** Which criteria a profile follows, as users read it. */
export function criteriaName(ruleset: Pick<Ruleset, "title" | "source">): string {
  return `${ruleset.title} (${ruleset.source})`;
}

/** Shown for the moment it takes to read the saved profile. Pure. */
export function profileLoadingView(): ModalView {
  return modal({
    callbackId: PROFILE_IDS.loading,
    title: "Your profile",
    close: "Close",
    blocks: [section(":hourglass_flowing_sand: Getting your profile…")],
  });
}

/** The trainee's profile, prefilled with what they saved before. Pure. */
export function profileFormView(
  current: ProfileAnswers,
  ruleset: Pick<Ruleset, "title" | "source">,
): ModalView {
  return modal({
    callbackId: PROFILE_IDS.form,
    title: "Your profile",
    submit: "Save",
    blocks: [
      section(
        "These answers decide which of the society's criteria apply to you and how your progress is counted. You can change them at any time.",
      ),
      context(`Criteria that apply to you now: *${criteriaName(ruleset)}*`),
      radioInput({
        blockId: "ukBalintMember",
        label: "Are you a member of the UK Balint Society?",
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
      dateInput({
        blockId: "pathwayStartedOn",
        label: "When did you begin the pathway?",
        hint: START_DATE_HINT,
        optional: true,
        placeholder: "Choose a date",
        initialDate: current.pathwayStartedOn,
      }),
    ],
  });
}
