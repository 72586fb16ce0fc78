import type { InputBlock } from "@slack/types";
import { describe, expect, it } from "vitest";
import { buildViewStateValues } from "../../../src/dev/emulator/index.ts";
import { BSUK_2016_02 } from "../../../src/domain/rulesets/bsuk-2016-02.ts";
import {
  PROFILE_FIELDS,
  profileFormSchema,
} from "../../../src/slack/features/profile/profile-form-schema.ts";
import {
  type ProfileAnswers,
  profileFormView,
  profileLoadingView,
  START_DATE_HINT,
} from "../../../src/slack/features/profile/views/profile-form.ts";
import { profileSavedMessage } from "../../../src/slack/features/profile/views/profile-saved.ts";
import { parseModal } from "../../../src/slack/forms/modal-state.ts";

const blank: ProfileAnswers = {
  ukBalintMember: null,
  professionalTraining: null,
  psychoanalyticTraining: null,
  pathwayStartedOn: null,
};
const saved: ProfileAnswers = {
  ukBalintMember: true,
  professionalTraining: "GP (MRCGP)",
  psychoanalyticTraining: false,
  pathwayStartedOn: "2025-03-01",
};

const inputsOf = (answers: ProfileAnswers) =>
  profileFormView(answers, BSUK_2016_02).blocks.filter(
    (block): block is InputBlock => block.type === "input",
  );

describe("the profile form", () => {
  it("asks membership, training, psychoanalytic training and start date, keyed by field", () => {
    const inputs = inputsOf(blank);
    expect(inputs.map((b) => [b.block_id, b.element.type, b.optional])).toEqual([
      ["ukBalintMember", "radio_buttons", false],
      ["professionalTraining", "plain_text_input", false],
      ["psychoanalyticTraining", "radio_buttons", false],
      ["psychoanalyticTrainingDetails", "plain_text_input", true],
      ["pathwayStartedOn", "datepicker", true],
    ]);
    expect(inputs.map((b) => b.block_id)).toEqual([...PROFILE_FIELDS]);
    expect(inputs[1]?.element).toMatchObject({ min_length: 2, max_length: 300 });
  });

  it("explains that the start date decides which criteria apply, and names them", () => {
    const view = profileFormView(blank, BSUK_2016_02);
    expect(inputsOf(blank)[4]?.hint?.text).toBe(START_DATE_HINT);
    expect(JSON.stringify(view.blocks)).toContain(
      "Accreditation of Balint group leaders (Balint Society UK criteria, February 2016)",
    );
    expect(view.title.text.length).toBeLessThanOrEqual(24);
  });

  it("starts empty for someone with no answers", () => {
    for (const block of inputsOf(blank)) {
      expect(block.element).not.toHaveProperty("initial_option");
      expect(block.element).not.toHaveProperty("initial_value");
      expect(block.element).not.toHaveProperty("initial_date");
    }
  });

  it("is prefilled with the saved answers", () => {
    const [member, training, analytic, , started] = inputsOf(saved);
    expect(member?.element).toMatchObject({ initial_option: { value: "yes" } });
    expect(training?.element).toMatchObject({ initial_value: "GP (MRCGP)" });
    expect(analytic?.element).toMatchObject({ initial_option: { value: "no" } });
    expect(started?.element).toMatchObject({ initial_date: "2025-03-01" });
  });

  it("shows a placeholder with no inputs while the profile is read", () => {
    const view = profileLoadingView();
    expect(view.blocks.some((block) => block.type === "input")).toBe(false);
    expect(view.submit).toBeUndefined();
  });
});

describe("reading the submitted profile", () => {
  const view = profileFormView(blank, BSUK_2016_02);
  const schema = profileFormSchema("2026-11-26");

  it("reads yes/no answers as booleans and a blank date as none", () => {
    const values = buildViewStateValues(
      { blocks: view.blocks.map((block) => ({ ...block })) },
      {
        ukBalintMember: "yes",
        professionalTraining: " Clinical psychologist ",
        psychoanalyticTraining: "no",
      },
    );
    expect(parseModal(schema, values)).toEqual({
      ok: true,
      data: {
        ukBalintMember: true,
        professionalTraining: "Clinical psychologist",
        psychoanalyticTraining: false,
        psychoanalyticTrainingDetails: null,
        pathwayStartedOn: null,
      },
    });
  });

  it("puts each problem beside its field, including a start date in the future", () => {
    const values = buildViewStateValues(
      { blocks: view.blocks.map((block) => ({ ...block })) },
      {
        professionalTraining: "x",
        psychoanalyticTraining: "yes",
        pathwayStartedOn: "2027-01-01",
      },
    );
    const parsed = parseModal(schema, values);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toEqual({
      ukBalintMember: "Say whether you are a member of the UK Balint Society.",
      professionalTraining: expect.stringContaining("2 to 300 characters"),
      pathwayStartedOn:
        "The date you started the pathway 2027-01-01 is in the future: today is 2026-11-26.",
    });
  });
});

describe("the saved-profile confirmation", () => {
  it("says what was saved and which criteria now apply", () => {
    const message = profileSavedMessage(saved, BSUK_2016_02, "/balint");
    const json = JSON.stringify(message.blocks);
    expect(message.text).toContain("Accreditation of Balint group leaders");
    expect(json).toContain("*Member of the UK Balint Society*\\nYes");
    expect(json).toContain("*Professional training*\\nGP (MRCGP)");
    expect(json).toContain("*Psychoanalytic training*\\nNo");
    expect(json).toContain("*Began the pathway*\\n1 Mar 2025");
  });

  it("says when no start date was given", () => {
    const message = profileSavedMessage(
      { ...saved, pathwayStartedOn: null },
      BSUK_2016_02,
      "/balint",
    );
    expect(JSON.stringify(message.blocks)).toContain("*Began the pathway*\\nNot given");
  });
});
