import type { KnownBlock } from "@slack/types";
import { describe, expect, it } from "vitest";
import type { EnquiryAnswers } from "../../../src/domain/enquiry.ts";
import {
  type RequestPost,
  requestPostMessage,
} from "../../../src/slack/features/enquiries/views/request-post.ts";

const answers: EnquiryAnswers = {
  professionalTraining: "GP, general practice",
  ukBalintMember: "applying",
  psychoanalyticTraining: true,
  psychoanalyticTrainingDetails: "Two years at the Tavistock",
  groupSessions: 12,
  groupWhere: "A practice group in Leeds",
  groupWhen: null,
  coLeading: null,
  leading: null,
  supervision: null,
  hopes: "Advice on how to start co-leading",
};

const post: RequestPost = {
  requestId: 7,
  askerUserId: "U0TRAINEE",
  content: { kind: "interest_form", answers },
  receivedOn: "2026-11-26",
  answered: null,
};

const json = (blocks: KnownBlock[] | undefined) => JSON.stringify(blocks);
const actionsOf = (blocks: KnownBlock[] = []) => blocks.filter((block) => block.type === "actions");

describe("an enquiry in the leadership channel", () => {
  it("names the enquirer and shows every answer as a field", () => {
    const message = requestPostMessage(post);
    expect(message.text).toContain("<@U0TRAINEE>");
    expect(message.blocks?.[0]).toMatchObject({
      type: "section",
      text: { text: expect.stringContaining("from <@U0TRAINEE>, received 26 Nov 2026") },
    });
    const fieldsBlock = message.blocks?.[1];
    expect(fieldsBlock?.type === "section" ? fieldsBlock.fields?.map((f) => f.text) : []).toEqual([
      "*Professional training and field*\nGP, general practice",
      "*UK Balint Society member*\nApplying / about to join",
      "*Psychoanalytic training*\nYes: Two years at the Tavistock",
      "*Balint group sessions as a member (about)*\n12",
      "*Where*\nA practice group in Leeds",
      "*When*\n—",
      "*Co-leading so far*\n—",
      "*Leading so far*\n—",
      "*Supervision so far*\n—",
      "*What they hope for*\nAdvice on how to start co-leading",
    ]);
  });

  it("has a Reply with advice button carrying the request's id", () => {
    const [block] = actionsOf(requestPostMessage(post).blocks);
    expect(block).toMatchObject({
      block_id: "leadership_post_actions",
      elements: [
        {
          type: "button",
          text: { text: "Reply with advice" },
          action_id: "leadership_request_reply",
          value: JSON.stringify({ id: 7 }),
        },
      ],
    });
  });

  it("shows a long answer in full, in a section of its own", () => {
    const hopes = "h".repeat(2000);
    const message = requestPostMessage({
      ...post,
      content: { kind: "interest_form", answers: { ...answers, hopes } },
    });
    expect(json(message.blocks)).toContain(`*What they hope for*\\n${hopes}`);
  });

  it("once answered, says who answered and when, without the button", () => {
    const message = requestPostMessage({
      ...post,
      answered: { byUserId: "U0LEADER1", on: "2026-11-27" },
    });
    expect(actionsOf(message.blocks)).toEqual([]);
    expect(json(message.blocks)).toContain("Answered by <@U0LEADER1> on 27 Nov 2026.");
    expect(message.text).toContain("Answered by <@U0LEADER1>");
  });

  it("still makes sense when the stored answers can no longer be read", () => {
    const message = requestPostMessage({
      ...post,
      content: { kind: "interest_form", answers: null },
    });
    expect(json(message.blocks)).toContain("can no longer be read");
  });
});

describe("a training-day request in the leadership channel", () => {
  const request: RequestPost = {
    requestId: 3,
    askerUserId: "U0NEWBIE1",
    content: { kind: "training_day", answers: { area: "Yorkshire", details: null } },
    receivedOn: "2026-11-26",
    answered: null,
  };

  it("names the requester and the area, with a reply button", () => {
    const message = requestPostMessage(request);
    expect(message.text).toBe("<@U0NEWBIE1> asks for a leaders' training day in Yorkshire.");
    expect(json(message.blocks)).toContain("*Area*\\nYorkshire");
    expect(json(message.blocks)).toContain("*Details*\\n—");
    expect(actionsOf(message.blocks)[0]).toMatchObject({
      elements: [
        {
          text: { text: "Reply to request" },
          action_id: "leadership_request_reply",
          value: JSON.stringify({ id: 3 }),
        },
      ],
    });
  });

  it("once answered, loses its button", () => {
    const message = requestPostMessage({
      ...request,
      answered: { byUserId: "U0SUBCOM1", on: "2026-11-26" },
    });
    expect(actionsOf(message.blocks)).toEqual([]);
    expect(json(message.blocks)).toContain("Answered by <@U0SUBCOM1> on 26 Nov 2026.");
  });
});
