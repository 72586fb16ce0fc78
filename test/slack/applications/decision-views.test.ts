import { describe, expect, it } from "vitest";
import { SUBCOMMITTEE_DECISIONS } from "../../../src/domain/application-status.ts";
import { SOCIETIES } from "../../../src/domain/societies.ts";
import { APPLICATION_IDS } from "../../../src/slack/features/applications/ids.ts";
import {
  decisionMetadataSchema,
  decisionModal,
  REASON_BLOCK,
} from "../../../src/slack/features/applications/views/decision-modal.ts";
import {
  accreditedConfirmation,
  accreditedNotice,
  decisionNotice,
  submittedNotice,
} from "../../../src/slack/features/applications/views/notices.ts";
import { decodeMetadata } from "../../../src/slack/forms/private-metadata.ts";
import { section } from "../../../src/slack/views/blocks.ts";
import { SLACK_LIMITS } from "../../../src/slack/views/limits.ts";
import { noticeModal, readOnlyModal } from "../../../src/slack/views/notice-modal.ts";
import { textOf } from "./support.ts";

describe("the reason modal", () => {
  it.each(SUBCOMMITTEE_DECISIONS)(
    "for %s asks for a required reason, within Slack's limits",
    (decision) => {
      const view = decisionModal({ id: 7, decision, trainee: "U0TRAINEE", seen: 3 }, UK);
      expect(view.callback_id).toBe(APPLICATION_IDS.decisionView);
      expect(view.title.text.length).toBeLessThanOrEqual(SLACK_LIMITS.modalTitle);
      expect(view.submit?.text.length).toBeLessThanOrEqual(SLACK_LIMITS.modalSubmitText);
      expect(textOf(view.blocks)).toContain("<@U0TRAINEE>");
      const input = view.blocks.find((b) => b.block_id === REASON_BLOCK);
      expect(input).toMatchObject({
        type: "input",
        element: { type: "plain_text_input", max_length: 2000 },
      });
      expect(input).not.toHaveProperty("optional");
      expect(decodeMetadata(decisionMetadataSchema, view.private_metadata ?? "")).toEqual({
        id: 7,
        decision,
        trainee: "U0TRAINEE",
        seen: 3,
      });
    },
  );
});

describe("read-only modals", () => {
  it("have a close button, no submit, and at most 100 blocks", () => {
    const view = readOnlyModal(
      "Application",
      Array.from({ length: 120 }, () => section("x")),
    );
    expect(view.blocks).toHaveLength(SLACK_LIMITS.blocksPerView);
    expect(view).not.toHaveProperty("submit");
    expect(noticeModal("Already decided", "Someone decided.")).toMatchObject({
      title: { text: "Already decided" },
      close: { text: "Close" },
    });
  });
});

const UK = SOCIETIES.bsuk;

describe("what people are told", () => {
  it("names a BSANZ deployment's committee, board and society, never the UK's", () => {
    const bsanz = SOCIETIES.bsanz;
    const texts = [
      submittedNotice("apply", ["Supervision"], bsanz).text,
      decisionNotice("recommend", "Ready.", "/balint", bsanz).text,
      decisionNotice("more_info", "More.", "/balint", bsanz).text,
      accreditedNotice("2026-11-20", bsanz).text,
    ].join("\n");
    expect(texts).toContain("is with the Accreditation Committee");
    expect(texts).toContain("recommended your application to the BSANZ Board");
    expect(texts).toContain("The Accreditation Committee has asked for more information");
    expect(texts).toContain("The BSANZ Board has accredited you");
    expect(texts).toContain("the Balint Society of Australia and New Zealand's register");
    expect(texts).not.toMatch(/subcommittee|Balint Council|Society UK/);
    const modal = decisionModal(
      { id: 7, decision: "recommend", trainee: "U0TRAINEE", seen: 3 },
      bsanz,
    );
    expect(textOf(modal.blocks)).toContain(
      "Recommend <@U0TRAINEE>'s application to the BSANZ Board.",
    );
  });

  it("tells the trainee the decision and its reason", () => {
    const more = decisionNotice("more_info", "Say more about <co-leading>.", "/balint", UK);
    expect(more.text).toContain("asked for more information");
    expect(more.text).toContain("`/balint apply`");
    expect(textOf(more.blocks)).toContain(">Say more about &lt;co-leading&gt;.");
    expect(decisionNotice("recommend", "Ready.", "/balint", UK).text).toBe(
      "Good news: the leadership subcommittee has recommended your application to the Balint Council. An admin will record the Council's decision, and I will tell you here. Their reason: Ready.",
    );
    expect(decisionNotice("not_yet", "Later.", "/balint", UK).text).toContain(
      "The leadership subcommittee has decided “not yet”",
    );
  });

  it("tells the trainee that the application arrived, with any gaps", () => {
    expect(submittedNotice("apply", [], UK).text).toBe(
      "Your application for accreditation is with the leadership subcommittee. They decide whether to recommend you to the Balint Council, and I will tell you here when they do.",
    );
    expect(submittedNotice("resubmit", ["Supervision"], UK).text).toContain(
      "gaps on your checklist (Supervision); the subcommittee will read what your statement says about them.",
    );
  });

  it("congratulates the new leader and confirms to the admin", () => {
    expect(accreditedNotice("2026-11-20", UK).text).toBe(
      "Congratulations! The Balint Council has accredited you as a Balint group leader (decision of 20 Nov 2026). You are now on the Balint Society UK's register of accredited leaders, and trainees can ask you to be their supervisor.",
    );
    expect(
      accreditedConfirmation({
        slackUserId: "U1",
        accreditedOn: "2026-11-20",
        hadApplication: true,
      }),
    ).toBe(
      "<@U1> is now on the register of accredited leaders, accredited on 20 Nov 2026. Their application is marked accredited. I have congratulated them by DM.",
    );
    expect(
      accreditedConfirmation({
        slackUserId: "U1",
        accreditedOn: "2026-11-20",
        hadApplication: false,
      }),
    ).toContain("no recommended application");
  });
});
