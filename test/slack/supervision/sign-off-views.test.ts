import { describe, expect, it } from "vitest";
import { COMPETENCIES } from "../../../src/domain/competencies.ts";
import { competenciesModal } from "../../../src/slack/features/supervision/views/sign-off/competencies-modal.ts";
import { reportModal } from "../../../src/slack/features/supervision/views/sign-off/report-modal.ts";
import {
  competenciesNotice,
  reportMessage,
} from "../../../src/slack/features/supervision/views/sign-off/sign-off-notices.ts";
import { SLACK_LIMITS } from "../../../src/slack/views/limits.ts";
import { textOf } from "./fixtures.ts";

const TRAINEE = { id: 1, slackUserId: "USAM" };

describe("competenciesModal", () => {
  it("rates each of the five competencies in the society's words, with a comment", () => {
    const view = competenciesModal({ trainee: TRAINEE, latest: {} }, "T1", "Europe/London");
    expect(view.title?.text.length).toBeLessThanOrEqual(SLACK_LIMITS.modalTitle);
    for (const competency of COMPETENCIES) expect(textOf(view.blocks)).toContain(competency.text);
    const inputs = view.blocks.filter((b) => b.type === "input").map((b) => b.block_id);
    expect(inputs).toEqual(COMPETENCIES.flatMap((c) => [`${c.id}_rating`, `${c.id}_comment`]));
    expect(textOf(view.blocks)).toContain("Not signed off before.");
    expect(JSON.parse(view.private_metadata ?? "")).toEqual({
      teamId: "T1",
      traineeUserId: "USAM",
      previous: {},
    });
  });

  it("starts from the latest ratings and shows when they were given", () => {
    const view = competenciesModal(
      {
        trainee: TRAINEE,
        latest: {
          C3: {
            rating: "developing",
            comment: "Notices pairing",
            signedAt: new Date("2026-10-12T09:00:00Z"),
          },
        },
      },
      "T1",
      "Europe/London",
    );
    const c3 = view.blocks.find((b) => b.block_id === "C3_rating");
    expect(textOf(c3)).toContain(
      '"initial_option":{"text":{"type":"plain_text","text":"Developing"',
    );
    expect(textOf(view.blocks)).toContain(
      'Last sign-off, 12 Oct 2026: Developing: \\"Notices pairing\\"',
    );
    expect(JSON.parse(view.private_metadata ?? "").previous).toEqual({ C3: "developing" });
  });
});

describe("reportModal", () => {
  it("asks for the report, the discussion (required) and readiness", () => {
    const view = reportModal({ trainee: TRAINEE, previous: null, belowDemonstrated: [] }, "T1");
    const inputs = view.blocks.filter((b) => b.type === "input");
    expect(inputs.map((b) => b.block_id)).toEqual(["text", "discussed", "ready"]);
    expect(textOf(inputs)).not.toContain('"optional":true');
    expect(view.title?.text.length).toBeLessThanOrEqual(SLACK_LIMITS.modalTitle);
  });

  it("warns, without blocking, when a competency is still below demonstrated (issue 10, 1)", () => {
    const gaps = [
      {
        id: "C3" as const,
        title: "Group and unconscious processes",
        rating: "developing" as const,
      },
    ];
    const view = reportModal({ trainee: TRAINEE, previous: null, belowDemonstrated: gaps }, "T1");
    const text = textOf(view.blocks);
    expect(text).toContain(
      "Still rated below demonstrated: C3 Group and unconscious processes (developing).",
    );
    expect(text).toContain(
      "If you say *ready*, the subcommittee sees both; the decision is yours.",
    );
    const inputs = view.blocks.filter((b) => b.type === "input");
    expect(inputs.map((b) => b.block_id)).toEqual(["text", "discussed", "ready"]);
    expect(
      textOf(reportModal({ trainee: TRAINEE, previous: null, belowDemonstrated: [] }, "T1").blocks),
    ).not.toContain("below demonstrated");
  });

  it("starts from the supervisor's previous report", () => {
    const view = reportModal(
      {
        trainee: TRAINEE,
        previous: { text: "An earlier reference.", readyToApply: false, submittedAt: new Date() },
        belowDemonstrated: [],
      },
      "T1",
    );
    expect(textOf(view.blocks)).toContain('"initial_value":"An earlier reference."');
    expect(textOf(view.blocks.find((b) => b.block_id === "ready"))).toContain(
      '"initial_option":{"text":{"type":"plain_text","text":"Not yet"',
    );
    expect(textOf(view.blocks)).toContain("It replaces your earlier report");
  });
});

describe("notices", () => {
  it("tells the trainee every rating and what changed", () => {
    const notice = competenciesNotice({
      supervisorUserId: "UAHMED",
      signOffs: [
        { competency: "C1", rating: "demonstrated", comment: null },
        { competency: "C2", rating: "developing", comment: "Still teaches a little." },
      ],
      previous: { C1: "developing", C2: "developing" },
      date: "26 Nov 2026",
    });
    const text = textOf(notice.blocks);
    expect(notice.text).toBe("<@UAHMED> signed off your competencies on 26 Nov 2026.");
    expect(text).toContain("C1. A safe and free environment*: Demonstrated (was Developing)");
    expect(text).toContain(
      "C2. Focus on the relationship*: Developing\\n   _Still teaches a little._",
    );
    expect(text).toContain("C3. Group and unconscious processes*: not rated");
  });

  it("shows a long report in sections within Slack's limits", () => {
    const message = reportMessage({
      supervisorUserId: "UAHMED",
      traineeUserId: "USAM",
      text: "x".repeat(5000),
      readyToApply: false,
      date: "26 Nov 2026",
      forTrainee: true,
    });
    expect(message.text).toBe("<@UAHMED> has written your supervisor's report (26 Nov 2026).");
    expect(textOf(message.blocks)).toContain("Ready to apply: *not yet*.");
    for (const block of message.blocks ?? []) {
      if (block.type === "section") {
        expect(block.text?.text.length ?? 0).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
      }
    }
    const quoted = (message.blocks ?? [])
      .flatMap((b) => (b.type === "section" && b.text?.text.startsWith(">") ? [b.text.text] : []))
      .join("");
    expect(quoted.replace(/>/g, "")).toHaveLength(5000);
  });
});
