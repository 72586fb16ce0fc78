import { describe, expect, it } from "vitest";
import {
  alreadyRepliedMessage,
  ENQUIRY_LIMITS,
  type EnquiryAnswersInput,
  enquiryAnswersSchema,
  enquiryLines,
  parseStoredAnswers,
} from "../../src/domain/enquiry.ts";

const complete: EnquiryAnswersInput = {
  professionalTraining: "  GP, general practice  ",
  ukBalintMember: "member",
  psychoanalyticTraining: false,
  psychoanalyticTrainingDetails: "",
  groupSessions: 30,
  groupWhere: "Oxford weekend and a practice group in Leeds",
  groupWhen: "2019–2024",
  coLeading: "Co-led 6 sessions with an accredited leader",
  leading: null,
  supervision: undefined,
  hopes: "Advice on a pathway to accreditation",
};

function messages(input: unknown): string[] {
  const result = enquiryAnswersSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe("the leadership interest form", () => {
  it("accepts a complete form, trimming text and turning blank optional answers into null", () => {
    const answers = enquiryAnswersSchema.parse(complete);
    expect(answers).toEqual({
      professionalTraining: "GP, general practice",
      ukBalintMember: "member",
      psychoanalyticTraining: false,
      psychoanalyticTrainingDetails: null,
      groupSessions: 30,
      groupWhere: "Oxford weekend and a practice group in Leeds",
      groupWhen: "2019–2024",
      coLeading: "Co-led 6 sessions with an accredited leader",
      leading: null,
      supervision: null,
      hopes: "Advice on a pathway to accreditation",
    });
  });

  it("accepts someone with no experience yet", () => {
    const answers = enquiryAnswersSchema.parse({
      professionalTraining: "Nurse",
      ukBalintMember: "not_member",
      psychoanalyticTraining: true,
      groupSessions: 0,
      hopes: "To find out where to start",
    });
    expect(answers.groupWhere).toBeNull();
    expect(answers.leading).toBeNull();
  });

  it.each([
    [
      "professionalTraining",
      " x ",
      "Please tell us your professional training and field (at least 2 characters).",
    ],
    ["professionalTraining", undefined, "Please tell us your professional training and field."],
    ["ukBalintMember", "maybe", "Please say whether you are a member of the UK Balint Society."],
    ["psychoanalyticTraining", "yes", "Please say whether you have psychoanalytic training."],
    [
      "groupSessions",
      undefined,
      "Please give about how many Balint group sessions you have attended.",
    ],
    ["groupSessions", 2.5, "Please give the number of group sessions as a whole number."],
    ["groupSessions", -1, "The number of group sessions cannot be negative."],
    ["groupSessions", 2001, "Please give a number of group sessions up to 2000."],
    ["hopes", "Hi", "Please tell us what you hope for (at least 5 characters)."],
    ["hopes", "x".repeat(2001), "Please keep what you hope for to 2000 characters or fewer."],
    [
      "coLeading",
      "x".repeat(1001),
      "Please keep your co-leading experience to 1000 characters or fewer.",
    ],
    [
      "groupWhen",
      "x".repeat(301),
      "Please keep when you were a group member to 300 characters or fewer.",
    ],
  ])("refuses %s = %j", (field, value, message) => {
    expect(messages({ ...complete, [field]: value })).toEqual([message]);
  });

  it("accepts answers exactly at their limits", () => {
    const answers = enquiryAnswersSchema.parse({
      ...complete,
      professionalTraining: "x".repeat(ENQUIRY_LIMITS.professionalTraining.max),
      supervision: "x".repeat(ENQUIRY_LIMITS.supervision.max),
      hopes: "x".repeat(ENQUIRY_LIMITS.hopes.max),
      groupSessions: ENQUIRY_LIMITS.groupSessions.max,
    });
    expect(answers.hopes).toHaveLength(2000);
  });

  it("reads stored answers back, and gives null for JSON that no longer fits", () => {
    const stored = JSON.stringify(enquiryAnswersSchema.parse(complete));
    expect(parseStoredAnswers(stored)?.professionalTraining).toBe("GP, general practice");
    expect(parseStoredAnswers("{not json")).toBeNull();
    expect(parseStoredAnswers(JSON.stringify({ hopes: "only this" }))).toBeNull();
  });

  it("lays the answers out as labelled lines in the form's order", () => {
    const lines = enquiryLines(enquiryAnswersSchema.parse(complete));
    expect(lines.map((line) => line.label)).toEqual([
      "Professional training and field",
      "UK Balint Society member",
      "Psychoanalytic training",
      "Balint group sessions as a member (about)",
      "Where",
      "When",
      "Co-leading so far",
      "Leading so far",
      "Supervision so far",
      "What they hope for",
    ]);
    expect(lines[1]?.value).toBe("Yes, a member");
    expect(lines[2]?.value).toBe("No");
    expect(lines[7]?.value).toBe("—");
  });

  it("words the refusal of a second reply", () => {
    expect(alreadyRepliedMessage("Dr X", "26 Nov 2026")).toBe(
      "Dr X already replied on 26 Nov 2026.",
    );
  });
});
