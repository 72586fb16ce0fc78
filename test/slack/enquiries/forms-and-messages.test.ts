import type { InputBlock } from "@slack/types";
import { describe, expect, it } from "vitest";
import { NO_PATIENT_DETAILS } from "../../../src/domain/enquiry.ts";
import {
  replyMessage,
  requestSentMessage,
} from "../../../src/slack/features/enquiries/views/messages.ts";
import {
  replyFormMetadata,
  replyFormView,
} from "../../../src/slack/features/enquiries/views/reply-form.ts";
import { trainingDayFormView } from "../../../src/slack/features/enquiries/views/training-day-form.ts";
import { decodeMetadata } from "../../../src/slack/forms/private-metadata.ts";

const inputsOf = (blocks: readonly { type: string }[]) =>
  blocks.filter((block): block is InputBlock => block.type === "input");

describe("the training-day form", () => {
  const view = trainingDayFormView();

  it("asks for the area (required) and details (optional), within the use case's limits", () => {
    expect(inputsOf(view.blocks).map((b) => [b.block_id, b.optional, b.element])).toEqual([
      ["area", false, expect.objectContaining({ min_length: 2, max_length: 120 })],
      ["details", true, expect.objectContaining({ max_length: 1000, multiline: true })],
    ]);
    expect(view.title.text.length).toBeLessThanOrEqual(24);
  });

  it("reminds the user never to include patient details", () => {
    expect(JSON.stringify(view.blocks)).toContain(NO_PATIENT_DETAILS);
  });
});

describe("the reply form", () => {
  it("carries what it answers in its metadata and takes a reply of 5 to 3000 characters", () => {
    const view = replyFormView({ kind: "training_day", id: 4 });
    expect(view.callback_id).toBe("enquiry_reply_form");
    expect(decodeMetadata(replyFormMetadata, view.private_metadata ?? "")).toEqual({ id: 4 });
    expect(inputsOf(view.blocks)).toEqual([
      expect.objectContaining({
        block_id: "reply",
        element: expect.objectContaining({ min_length: 5, max_length: 3000, multiline: true }),
      }),
    ]);
    expect(view.title.text).toBe("Reply to request");
    expect(replyFormView({ kind: "interest_form", id: 1 }).title.text).toBe("Reply with advice");
    expect(JSON.stringify(view.blocks)).toContain(NO_PATIENT_DETAILS);
  });
});

describe("direct messages to the person who asked", () => {
  it("tells the enquirer that the leadership team will reply here", () => {
    expect(requestSentMessage({ kind: "interest_form", answers: null }).text).toContain(
      "went to the leadership team, who will reply to you here",
    );
    const trainingDay = requestSentMessage({
      kind: "training_day",
      answers: { area: "Yorkshire", details: null },
    });
    expect(trainingDay.text).toContain("training day in Yorkshire");
  });

  it("passes on the reply with who wrote it", () => {
    const message = replyMessage({
      kind: "interest_form",
      replierUserId: "U0LEADER1",
      reply: "Try the Oxford weekend.",
    });
    expect(message.text).toContain(
      "<@U0LEADER1> from the leadership team replied to your leadership interest enquiry",
    );
    expect(message.blocks?.[1]).toMatchObject({ text: { text: "Try the Oxford weekend." } });
  });
});
