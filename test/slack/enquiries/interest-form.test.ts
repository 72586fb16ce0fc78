import type { InputBlock } from "@slack/types";
import { describe, expect, it } from "vitest";
import { buildViewStateValues } from "../../../src/dev/emulator/index.ts";
import { ENQUIRY_LIMITS, NO_PATIENT_DETAILS } from "../../../src/domain/enquiry.ts";
import {
  INTEREST_FIELDS,
  interestFormSchema,
} from "../../../src/slack/features/enquiries/interest/interest-form-schema.ts";
import {
  CERTIFICATES_NOTE,
  interestFormView,
} from "../../../src/slack/features/enquiries/views/interest-form.ts";
import { parseModal } from "../../../src/slack/forms/modal-state.ts";
import { INTEREST_ANSWERS } from "../../support/interest-form.ts";

const view = interestFormView();
const inputs = view.blocks.filter((block): block is InputBlock => block.type === "input");
const input = (blockId: string) => {
  const found = inputs.find((block) => block.block_id === blockId);
  if (!found) throw new Error(`no input ${blockId}`);
  return found;
};
const textOf = (blocks: unknown) => JSON.stringify(blocks);
/** What the user typed, as Slack would send it for this view. */
const submitted = (values: Parameters<typeof buildViewStateValues>[1]) =>
  buildViewStateValues({ blocks: view.blocks.map((block) => ({ ...block })) }, values);

describe("the leadership interest form", () => {
  it("asks every question of the society's form, one input block per field", () => {
    expect(inputs.map((block) => block.block_id)).toEqual(INTEREST_FIELDS);
    expect(view.callback_id).toBe("enquiry_interest_form");
    expect(view.title.text.length).toBeLessThanOrEqual(24);
    expect(view.blocks.length).toBeLessThanOrEqual(100);
  });

  it("says certificates are not needed and never to include patient details", () => {
    expect(textOf(view.blocks)).toContain(CERTIFICATES_NOTE);
    expect(textOf(view.blocks)).toContain(NO_PATIENT_DETAILS);
    expect(input("hopes").hint?.text).toBe(NO_PATIENT_DETAILS);
  });

  it("lets Slack enforce the form's limits as the user types", () => {
    expect(input("professionalTraining").element).toMatchObject({
      type: "plain_text_input",
      min_length: ENQUIRY_LIMITS.professionalTraining.min,
      max_length: ENQUIRY_LIMITS.professionalTraining.max,
    });
    expect(input("hopes").element).toMatchObject({
      min_length: 5,
      max_length: 2000,
      multiline: true,
    });
    expect(input("groupSessions").element).toMatchObject({
      type: "number_input",
      is_decimal_allowed: false,
      min_value: "0",
      max_value: "2000",
    });
    expect(input("coLeading").element).toMatchObject({ max_length: ENQUIRY_LIMITS.coLeading.max });
  });

  it("marks only the form's required answers as required", () => {
    const required = inputs.filter((block) => !block.optional).map((block) => block.block_id);
    expect(required).toEqual([
      "professionalTraining",
      "ukBalintMember",
      "psychoanalyticTraining",
      "groupSessions",
      "hopes",
    ]);
  });

  it("offers the three membership answers and yes/no for psychoanalytic training", () => {
    const values = (blockId: string) => {
      const element = input(blockId).element;
      return element.type === "radio_buttons" ? element.options.map((o) => o.value) : [];
    };
    expect(values("ukBalintMember")).toEqual(["member", "not_member", "applying"]);
    expect(values("psychoanalyticTraining")).toEqual(["yes", "no"]);
  });
});

describe("reading the submitted interest form", () => {
  it("turns the answers into the use case's input", () => {
    const parsed = parseModal(interestFormSchema, submitted(INTEREST_ANSWERS));
    expect(parsed).toEqual({
      ok: true,
      data: expect.objectContaining({
        professionalTraining: "GP, general practice",
        ukBalintMember: "applying",
        psychoanalyticTraining: false,
        groupSessions: 12,
        groupWhen: null,
        hopes: "Advice on how to start co-leading",
      }),
    });
  });

  it("puts each problem beside its field", () => {
    const parsed = parseModal(
      interestFormSchema,
      submitted({ ...INTEREST_ANSWERS, hopes: "", groupSessions: "-3", ukBalintMember: null }),
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(Object.keys(parsed.errors).sort()).toEqual(["groupSessions", "hopes", "ukBalintMember"]);
    expect(parsed.errors.groupSessions).toContain("cannot be negative");
    expect(parsed.errors.hopes).toContain("what you hope for");
  });

  it("refuses a number of sessions that is not a whole number", () => {
    const parsed = parseModal(
      interestFormSchema,
      submitted({ ...INTEREST_ANSWERS, groupSessions: "2.5" }),
    );
    expect(parsed).toEqual({
      ok: false,
      errors: { groupSessions: "Please give the number of group sessions as a whole number." },
    });
  });
});
