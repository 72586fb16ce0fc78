import { describe, expect, it } from "vitest";
import { evaluate } from "../../../src/domain/evaluate.ts";
import { BSUK_2016_02 } from "../../../src/domain/rulesets/bsuk-2016-02.ts";
import type { MyApplicationResult } from "../../../src/services/applications/get-my-application.ts";
import { APPLICATION_IDS } from "../../../src/slack/features/applications/ids.ts";
import { applyMessage } from "../../../src/slack/features/applications/views/apply-message.ts";
import {
  ACKNOWLEDGE_VALUE,
  applyModal,
  FORM_BLOCKS,
  formMetadataSchema,
} from "../../../src/slack/features/applications/views/apply-modal.ts";
import { checklistLines } from "../../../src/slack/features/applications/views/checklist.ts";
import { decodeMetadata } from "../../../src/slack/forms/private-metadata.ts";
import { SHARED_IDS } from "../../../src/slack/ids.ts";
import { SLACK_LIMITS } from "../../../src/slack/views/limits.ts";
import { facts } from "../../domain/fixtures/facts.ts";
import {
  evaluationWithGaps,
  expectWithinLimits,
  person,
  SUBMITTED,
  TIME_ZONE,
  textOf,
} from "./support.ts";

const NOTHING: MyApplicationResult = { application: null, leaderSince: null };
const complete = () => ({ ...evaluationWithGaps(), missing: [], allMet: true });

function message(overrides: Partial<Parameters<typeof applyMessage>[0]> = {}) {
  return applyMessage({
    evaluation: evaluationWithGaps(),
    hasProfile: true,
    mine: NOTHING,
    timeZone: TIME_ZONE,
    command: "/balint",
    ...overrides,
  });
}

function buttons(blocks: readonly unknown[]) {
  const row = blocks.find((b) => (b as { type: string }).type === "actions") as
    | { elements: { action_id: string; text: { text: string }; value: string }[] }
    | undefined;
  return row?.elements ?? [];
}

function mine(status: string, reason: string | null = null): MyApplicationResult {
  return {
    leaderSince: null,
    application: {
      id: 4,
      status,
      statement: "My statement so far, long enough.",
      includesNotes: false,
      submittedAt: SUBMITTED,
      latestDecision: reason
        ? {
            toStatus: status,
            reason,
            at: new Date("2026-11-27T12:00:00Z"),
            actor: person("U0SUBCOM1"),
          }
        : null,
    },
  };
}

describe("/balint apply", () => {
  it("shows the checklist with what is missing, and 'Apply anyway' when there are gaps", () => {
    const { text, blocks } = message();
    expect(text).toBe("Your checklist: 3 of 8 met.");
    const all = textOf(blocks);
    expect(all).toContain("⏳ *Co-led sessions*: 12 of 20");
    expect(all).toContain("*Still missing:* Co-led sessions; Leadership courses");
    expect(all).toContain("guidelines, not rules");
    expect(buttons(blocks)).toMatchObject([
      {
        action_id: APPLICATION_IDS.openForm,
        text: { text: "Apply anyway — I have seen the gaps" },
      },
    ]);
    expect(JSON.parse(buttons(blocks)[0]?.value ?? "")).toEqual({ mode: "apply" });
    expectWithinLimits(blocks, SLACK_LIMITS.blocksPerMessage);
  });

  it("offers a plain 'Apply' when nothing is missing", () => {
    const { blocks } = message({ evaluation: complete() });
    expect(textOf(blocks)).not.toContain("Still missing");
    expect(buttons(blocks)).toMatchObject([{ text: { text: "Apply" }, style: "primary" }]);
  });

  it("offers to update and resubmit when the subcommittee asked for more, with their question", () => {
    const { blocks } = message({
      mine: mine("more_info_requested", "Tell us about your <b> co-leading."),
    });
    const all = textOf(blocks);
    expect(all).toContain("asked for more information about your application of 26 Nov 2026");
    expect(all).toContain("&lt;b&gt;");
    expect(buttons(blocks)).toMatchObject([{ text: { text: "Update and resubmit" } }]);
    expect(JSON.parse(buttons(blocks)[0]?.value ?? "")).toEqual({ mode: "resubmit", id: 4 });
  });

  it.each(["submitted", "resubmitted", "recommended"])(
    "offers no button while the application is %s",
    (status) => {
      const { blocks } = message({ mine: mine(status) });
      expect(buttons(blocks)).toEqual([]);
    },
  );

  it("after 'not yet' shows the reason and lets the trainee apply again", () => {
    const { blocks } = message({ mine: mine("not_yet", "More co-leading first.") });
    expect(textOf(blocks)).toContain("was “not yet”");
    expect(buttons(blocks)[0]?.action_id).toBe(APPLICATION_IDS.openForm);
  });

  it("tells a leader there is nothing to apply for", () => {
    const { blocks } = message({ mine: { application: null, leaderSince: "2020-05-01" } });
    expect(textOf(blocks)).toContain("register of accredited leaders since 1 May 2020");
    expect(buttons(blocks)).toEqual([]);
  });

  it("offers the profile form when the profile is not filled in", () => {
    const evaluation = evaluate(
      BSUK_2016_02,
      facts({
        profile: { ukBalintMember: null, professionalTraining: null, psychoanalyticTraining: null },
      }),
    );
    const { blocks } = message({ evaluation, hasProfile: false });
    expect(buttons(blocks).map((b) => b.action_id)).toEqual([
      APPLICATION_IDS.openForm,
      SHARED_IDS.openProfile,
    ]);
  });

  it("strips the title the explanation starts with", () => {
    expect(
      checklistLines([
        { title: "Supervision", status: "missing", explanation: "Supervision: no supervisor yet." },
      ]),
    ).toBe("⬜ *Supervision*: No supervisor yet.");
  });
});

describe("the statement modal", () => {
  it("with gaps: lists them and asks for the acknowledgement", () => {
    const view = applyModal({
      metadata: { mode: "apply", gaps: true },
      evaluation: evaluationWithGaps(),
    });
    expect(view).toMatchObject({
      callback_id: APPLICATION_IDS.formView,
      title: { text: "Apply" },
      submit: { text: "Submit" },
    });
    const ack = view.blocks.find((b) => b.block_id === FORM_BLOCKS.acknowledge);
    expect(ack).toMatchObject({
      type: "input",
      element: { type: "checkboxes", options: [{ value: ACKNOWLEDGE_VALUE }] },
    });
    expect(textOf(view.blocks)).toContain("*Still missing:*");
    expect(view.blocks.find((b) => b.block_id === FORM_BLOCKS.statement)).toMatchObject({
      element: {
        type: "plain_text_input",
        multiline: true,
        max_length: SLACK_LIMITS.plainTextInputMax,
      },
    });
    expect(decodeMetadata(formMetadataSchema, view.private_metadata ?? "")).toEqual({
      mode: "apply",
      gaps: true,
    });
    expectWithinLimits(view.blocks, SLACK_LIMITS.blocksPerView);
  });

  it("without gaps: no acknowledgement", () => {
    const view = applyModal({ metadata: { mode: "apply", gaps: false }, evaluation: complete() });
    expect(view.blocks.some((b) => b.block_id === FORM_BLOCKS.acknowledge)).toBe(false);
  });

  it("to resubmit: the question, the statement so far, and titles within limits", () => {
    const view = applyModal({
      metadata: { mode: "resubmit", id: 4, gaps: false },
      evaluation: complete(),
      previous: {
        statement: "s".repeat(5000),
        question: "Say more about co-leading.",
        includesNotes: true,
      },
    });
    expect(view.title.text).toBe("Update application");
    expect(view.title.text.length).toBeLessThanOrEqual(SLACK_LIMITS.modalTitle);
    expect(textOf(view.blocks)).toContain(">Say more about co-leading.");
    const input = view.blocks.find((b) => b.block_id === FORM_BLOCKS.statement) as {
      element: { initial_value: string };
    };
    expect(input.element.initial_value.length).toBe(SLACK_LIMITS.plainTextInputMax);
  });
});
