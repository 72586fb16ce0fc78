import type { KnownBlock, SectionBlock } from "@slack/types";
import { describe, expect, it } from "vitest";
import type { PendingApplication } from "../../../src/services/applications/list-pending-applications.ts";
import type { RecentDecision } from "../../../src/services/applications/list-recent-decisions.ts";
import type { DigestContent } from "../../../src/services/jobs/gather-digest.ts";
import type { UnansweredRequest } from "../../../src/services/leadership-requests/list-unanswered-requests.ts";
import { digestMessage } from "../../../src/slack/features/scheduled/views/digest-message.ts";
import { SHARED_IDS } from "../../../src/slack/ids.ts";

const NOW = new Date("2026-11-30T09:00:00Z");
const SINCE = new Date("2026-11-23T09:00:00Z");
const person = (n: number) => ({
  personId: n,
  slackTeamId: "T1",
  slackUserId: `U${n}`,
  displayName: `Person ${n}`,
});

function application(
  id: number,
  ageDays: number,
  overrides: Partial<PendingApplication> = {},
): PendingApplication {
  return {
    id,
    status: "submitted",
    trainee: person(id),
    rulesetId: "bsuk-2016-02",
    submittedAt: NOW,
    waitingSince: NOW,
    ageDays,
    waitingOverFourWeeks: ageDays > 28,
    met: ["Membership", "Co-leading"],
    missing: ["Supervisor's report"],
    reportIn: false,
    reportReady: false,
    postChannel: null,
    postTs: null,
    ...overrides,
  };
}

const enquiry: UnansweredRequest = {
  kind: "interest_form",
  id: 5,
  person: person(50),
  createdAt: NOW,
  ageDays: 8,
  postChannel: "C0LEAD",
  postTs: "1764150000.000100",
};
const decision: RecentDecision = {
  applicationId: 9,
  fromStatus: "submitted",
  toStatus: "recommended",
  reason: "Ready.",
  at: new Date("2026-11-25T15:00:00Z"),
  decidedBy: person(70),
  trainee: person(71),
};

function content(overrides: Partial<DigestContent> = {}): DigestContent {
  return {
    now: NOW,
    timeZone: "Europe/London",
    since: SINCE,
    pending: [],
    unanswered: [],
    decisions: [],
    ...overrides,
  };
}
const textOf = (blocks: unknown) => JSON.stringify(blocks);
const sections = (blocks: KnownBlock[] = []) =>
  blocks.filter((b): b is SectionBlock => b.type === "section");

describe("the weekly digest", () => {
  it("says an empty week in one line", () => {
    const message = digestMessage(content());
    expect(message.blocks).toHaveLength(1);
    expect(message.text).toBe(
      "Weekly digest: a quiet week. No applications are waiting for a decision, no enquiries or training-day requests are unanswered, and no decisions were made since 23 Nov 2026.",
    );
  });

  it("lists each pending application oldest first with its age, met, missing, report and an Open button", () => {
    const message = digestMessage(
      content({
        pending: [
          application(1, 35, { status: "resubmitted", reportIn: true, reportReady: true }),
          application(2, 3, { met: [], missing: [] }),
          application(3, 2, { reportIn: true, reportReady: false }),
        ],
      }),
    );
    const [first, second, third] = sections(message.blocks).filter((s) => s.accessory);
    // Issue 10, 1: a report that says "not yet" used to show as "in".
    expect(third?.text?.text).toContain("*Supervisor's report:* not ready");
    expect(first?.text?.text).toBe(
      [
        "*<@U1>* · waiting 35 days · resubmitted",
        ":warning: *Waiting over 4 weeks*",
        "*Met:* Membership; Co-leading",
        "*Missing:* Supervisor's report",
        "*Supervisor's report:* in",
      ].join("\n"),
    );
    expect(first?.accessory).toEqual({
      type: "button",
      text: { type: "plain_text", text: "Open", emoji: true },
      action_id: SHARED_IDS.openApplication,
      value: '{"id":1}',
    });
    expect(second?.text?.text).toContain(
      "*Met:* none\n*Missing:* nothing\n*Supervisor's report:* not in yet",
    );
    expect(second?.text?.text).not.toContain("over 4 weeks");
    expect(message.text).toBe(
      "Weekly digest: 3 applications waiting for a decision (1 over 4 weeks), 0 enquiries or requests unanswered for over 5 days, 0 decisions since 23 Nov 2026.",
    );
  });

  it("lists unanswered requests and decisions since the last digest", () => {
    const trainingDay: UnansweredRequest = {
      ...enquiry,
      kind: "training_day",
      id: 6,
      person: person(51),
      ageDays: 6,
      postChannel: null,
      postTs: null,
    };
    const message = digestMessage(
      content({ unanswered: [enquiry, trainingDay], decisions: [decision] }),
    );
    const text = textOf(message.blocks);
    // The kind, the person, the age and where the post is: never what they wrote.
    expect(text).toContain(
      "• Interest form from <@U50>, waiting 8 days: see its post in <#C0LEAD>\\n• Training-day request from <@U51>, waiting 6 days, not posted yet",
    );
    expect(text).toContain("*Decisions since 23 Nov 2026 (1)*");
    expect(text).toContain("• <@U71>: Recommended to the Balint Council, by <@U70> on 25 Nov 2026");
    expect(text).toContain("*Applications waiting for a decision:* none.");
  });

  it("says when an admin asked for it", () => {
    const message = digestMessage(content({ decisions: [decision] }), { requested: true });
    expect(textOf(message.blocks)).toContain("Posted now at an admin's request.");
  });

  it("stays within 50 blocks, summarising the applications that do not fit", () => {
    const pending = Array.from({ length: 80 }, (_, i) => application(i + 1, 80 - i));
    const many = Array.from({ length: 40 }, (_, i) => ({ ...enquiry, id: i }));
    const message = digestMessage(content({ pending, unanswered: many, decisions: [decision] }));
    expect(message.blocks).toHaveLength(50);
    const buttons = sections(message.blocks).filter((s) => s.accessory);
    expect(buttons).toHaveLength(42);
    expect(textOf(message.blocks)).toContain("and 38 more…");
    expect(textOf(message.blocks)).toContain("and 25 more…");
    for (const block of sections(message.blocks)) {
      expect(block.text?.text.length ?? 0).toBeLessThanOrEqual(3000);
    }
  });

  it("shows every application when they fit", () => {
    const pending = Array.from({ length: 43 }, (_, i) => application(i + 1, 10));
    const message = digestMessage(content({ pending }));
    expect(message.blocks).toHaveLength(50);
    expect(textOf(message.blocks)).not.toContain("more…");
  });
});
