import { describe, expect, it } from "vitest";
import { SOCIETIES } from "../../../src/domain/societies.ts";
import { DECISION_ACTION_IDS } from "../../../src/slack/features/applications/ids.ts";
import {
  applicationBlocks,
  applicationPost,
} from "../../../src/slack/features/applications/views/application-post.ts";
import { SLACK_LIMITS } from "../../../src/slack/views/limits.ts";
import { expectWithinLimits, OPTIONS, person, record, textOf } from "./support.ts";

const decided = (toStatus: string, reason: string | null, actor = "U0SUBCOM1") => ({
  fromStatus: "submitted",
  toStatus,
  reason,
  at: new Date("2026-11-27T15:00:00Z"),
  actor: person(actor),
});

describe("the application post", () => {
  it("shows who applied, when, the checklist, the statement, the report and three buttons", () => {
    const post = applicationPost(record(), OPTIONS);
    const text = textOf(post.blocks);
    expect(post.text).toContain("<@U0TRAINEE>");
    expect(text).toContain("<@U0TRAINEE> applied on 26 Nov 2026");
    expect(text).toContain("Checklist when submitted");
    expect(text).toContain("*Still missing:*");
    expect(text).toContain("co-led a weekly group");
    expect(text).toContain("Sam leads with warmth");
    expect(text).toContain("From <@U0LEADER1> on 20 Nov 2026 · ready to apply: yes");
    expect(text).toContain("Waiting for the subcommittee's decision");
    const buttons = post.blocks.at(-1);
    expect(buttons).toMatchObject({
      type: "actions",
      elements: [
        {
          action_id: DECISION_ACTION_IDS.recommend,
          text: { text: "Recommend to Council" },
          style: "primary",
        },
        { action_id: DECISION_ACTION_IDS.more_info, text: { text: "Ask for more information" } },
        { action_id: DECISION_ACTION_IDS.not_yet, text: { text: "Not yet" } },
      ],
    });
    expect(
      JSON.parse((buttons as { elements: { value: string }[] }).elements[0]?.value ?? ""),
    ).toEqual({
      id: 7,
      trainee: "U0TRAINEE",
    });
    expectWithinLimits(post.blocks, SLACK_LIMITS.blocksPerMessage);
  });

  it("says when there is no supervisor's report yet", () => {
    const text = textOf(applicationPost(record({ report: null }), OPTIONS).blocks);
    expect(text).toContain("no report yet");
    expect(text).toContain("No report yet");
  });

  it("keeps a 5,000-character statement and report within section limits and 50 blocks", () => {
    const long = Array.from({ length: 100 }, (_, i) => `Line ${i}: ${"x".repeat(45)}`).join("\n");
    expect(long.length).toBeGreaterThan(5000);
    const base = record();
    const post = applicationPost(
      record({
        statement: long,
        report: base.report && { ...base.report, text: "y".repeat(5000) },
        history: Array.from({ length: 40 }, () => decided("resubmitted", "z".repeat(2000))),
      }),
      OPTIONS,
    );
    expectWithinLimits(post.blocks, SLACK_LIMITS.blocksPerMessage);
    const text = textOf(post.blocks);
    expect(text).toContain("Line 0:");
    expect(text).toContain("Line 60:");
    expect(text).toContain("…and 30 earlier.");
  });

  it("escapes what users typed, so a statement cannot ping the channel or fake a mention", () => {
    const text = textOf(
      applicationPost(record({ statement: "Hello <!channel> & <@U0ADMIN01>" }), OPTIONS).blocks,
    );
    expect(text).toContain("Hello &lt;!channel&gt; &amp; &lt;@U0ADMIN01&gt;");
    expect(text).not.toContain("<!channel>");
  });

  it("after more information was asked: who, when, why, waiting for the trainee, no buttons", () => {
    const base = record();
    const post = applicationPost(
      record({
        status: "more_info_requested",
        history: [...base.history, decided("more_info_requested", "Say more about co-leading.")],
      }),
      OPTIONS,
    );
    const text = textOf(post.blocks);
    expect(text).toContain("*More information requested* by <@U0SUBCOM1> on 27 Nov 2026");
    expect(text).toContain(">Say more about co-leading.");
    expect(text).toContain("Waiting for <@U0TRAINEE> to update and resubmit");
    expect(post.blocks.some((b) => b.type === "actions")).toBe(false);
  });

  it("after resubmission the buttons come back and the post says when", () => {
    const base = record();
    const post = applicationPost(
      record({
        status: "resubmitted",
        history: [
          ...base.history,
          decided("more_info_requested", "Say more."),
          { ...decided("resubmitted", null, "U0TRAINEE"), at: new Date("2026-11-30T09:00:00Z") },
        ],
      }),
      OPTIONS,
    );
    const text = textOf(post.blocks);
    expect(text).toContain("and resubmitted on 30 Nov 2026");
    expect(text).toContain("<@U0TRAINEE> resubmitted it on 30 Nov 2026");
    expect(post.blocks.at(-1)?.type).toBe("actions");
  });

  it.each([
    [
      "recommended",
      "*Recommended to the Balint Council* by <@U0SUBCOM1> on 27 Nov 2026",
      "admin accredit",
    ],
    ["not_yet", "*Not yet*, decided by <@U0SUBCOM1> on 27 Nov 2026", ">Strong reason."],
  ])("when %s: the decision, its reason and no buttons", (status, says, next) => {
    const base = record();
    const post = applicationPost(
      record({ status, history: [...base.history, decided(status, "Strong reason.")] }),
      OPTIONS,
    );
    const text = textOf(post.blocks);
    expect(text).toContain(says);
    expect(text).toContain(next);
    expect(post.blocks.some((b) => b.type === "actions")).toBe(false);
  });

  it("when accredited: the Council's decision and who recorded it", () => {
    const base = record();
    const text = textOf(
      applicationPost(
        record({
          status: "accredited",
          history: [
            ...base.history,
            decided("accredited", "Accredited by the Balint Council on 20 Nov 2026.", "U0ADMIN01"),
          ],
        }),
        OPTIONS,
      ).blocks,
    );
    expect(text).toContain(
      "Accredited by the Balint Council on 20 Nov 2026.* Recorded by <@U0ADMIN01>",
    );
  });

  it("the modal body is the same blocks without buttons", () => {
    const blocks = applicationBlocks(record(), OPTIONS);
    expect(blocks.some((b) => b.type === "actions")).toBe(false);
    expect(applicationPost(record(), OPTIONS).blocks.slice(0, blocks.length)).toEqual(blocks);
  });
});

describe("the application post of another society's deployment", () => {
  it("names BSANZ's committee and board, never the UK's", () => {
    const bsanz = { ...OPTIONS, society: SOCIETIES.bsanz };
    const waiting = textOf(applicationPost(record(), bsanz).blocks);
    expect(waiting).toContain("Waiting for the committee's decision");
    const base = record();
    const recommended = record({
      status: "recommended",
      history: [...base.history, decided("recommended", "Ready.")],
    });
    const text = textOf(applicationPost(recommended, bsanz).blocks);
    expect(text).toContain("*Recommended to the BSANZ Board* by <@U0SUBCOM1>");
    expect(text).toContain("When the Board has decided, an admin records it");
    expect(waiting).not.toContain("Waiting for the subcommittee's decision");
    expect(text).not.toContain("*Recommended to the Balint Council*");
  });
});
