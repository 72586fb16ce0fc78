import { describe, expect, it } from "vitest";
import {
  entryQuestions,
  familyQuestions,
  knownProviders,
} from "../../src/domain/entry-questions.ts";
import { ABS_2014 } from "../../src/domain/rulesets/abs-2014.ts";
import { BSANZ_2021_06 } from "../../src/domain/rulesets/bsanz-2021-06.ts";
import { BSUK_2016_02 } from "../../src/domain/rulesets/bsuk-2016-02.ts";
import { BSUK_FAMILY } from "../../src/domain/rulesets/index.ts";

describe("entryQuestions: what an entry is asked, by the trainee's criteria", () => {
  it("asks UK trainees nothing more", () => {
    expect(entryQuestions(BSUK_2016_02)).toEqual({
      caseDiscussions: [],
      recorded: [],
      provider: [],
      approvedInAdvance: [],
      faceToFace: [],
    });
  });

  it("asks BSANZ trainees for case discussions, providers, approval and face to face", () => {
    expect(entryQuestions(BSANZ_2021_06)).toEqual({
      caseDiscussions: ["coled", "led_supervised"],
      recorded: [],
      provider: ["leadership_course"],
      approvedInAdvance: ["leadership_course"],
      faceToFace: ["group_member", "coled", "led_supervised"],
    });
  });

  it("asks ABS trainees whether supervision was on a recorded group", () => {
    expect(entryQuestions(ABS_2014).recorded).toEqual(["supervision"]);
  });
});

describe("familyQuestions and knownProviders: what a society's form and grammar ask", () => {
  it("asks nothing more of the UK's family", () => {
    expect(Object.values(familyQuestions(BSUK_FAMILY)).flat()).toEqual([]);
    expect(knownProviders(BSUK_FAMILY)).toEqual([]);
  });

  it("joins the questions of several rulesets, each kind once", () => {
    expect(familyQuestions([BSANZ_2021_06, ABS_2014, BSANZ_2021_06])).toMatchObject({
      recorded: ["supervision"],
      provider: ["leadership_course"],
      caseDiscussions: ["coled", "led_supervised"],
    });
    expect(knownProviders([BSANZ_2021_06])).toEqual(["BSANZ", "IBF", "ABS"]);
  });
});
