import { describe, expect, it } from "vitest";
import { evaluate } from "../../../src/domain/evaluate.ts";
import { BSUK_2016_02 } from "../../../src/domain/rulesets/bsuk-2016-02.ts";
import { LOGGING_IDS } from "../../../src/slack/features/logging/ids.ts";
import {
  criterionText,
  type ProgressFacts,
  progressBlocks,
  traineeHomeBlocks,
} from "../../../src/slack/features/logging/views/progress-view.ts";
import { SUPERVISION_IDS } from "../../../src/slack/features/supervision/ids.ts";
import { SHARED_IDS } from "../../../src/slack/ids.ts";
import { facts, logged } from "../../domain/fixtures/facts.ts";
import { expectWithinLimits, readable } from "./limits.ts";

function progressOf(trainee = facts(), hasProfile = true): ProgressFacts {
  return { ruleset: BSUK_2016_02, evaluation: evaluate(BSUK_2016_02, trainee), hasProfile };
}

const coLeading = (progress: ProgressFacts) => {
  const found = progress.evaluation.criteria.find((c) => c.id === "co-leading");
  if (!found) throw new Error("no co-leading criterion");
  return found;
};

describe("criterionText", () => {
  it("shows status, title, a bar with have of need, and the explanation", () => {
    const progress = progressOf(
      facts({
        entries: [
          logged("coled", 9, "confirmed", { counterpartAccredited: true }),
          logged("coled", 3, "claimed"),
        ],
      }),
    );
    expect(criterionText(coLeading(progress))).toBe(
      [
        ":hourglass_flowing_sand: In progress · *Co-led sessions*",
        "`▓▓▓▓▓▓░░░░` 12 of 20 sessions",
        "12 of 20 (9 confirmed, 3 awaiting confirmation); 9 confirmed with an accredited leader.",
      ].join("\n"),
    );
  });

  it("has no bar when there is no number to reach, and a profile hint when one would help", () => {
    const progress = progressOf(
      facts({
        profile: { psychoanalyticTraining: null },
        entries: [logged("supervision", 1, "claimed", { hours: 1.5 })],
      }),
    );
    const supervision = progress.evaluation.criteria.find((c) => c.id === "supervision");
    const experience = progress.evaluation.criteria.find((c) => c.id === "member-experience");
    if (!supervision || !experience) throw new Error("criteria missing");
    expect(criterionText(supervision)).not.toContain("▓");
    expect(criterionText(supervision)).not.toContain("░");
    expect(criterionText(experience)).toContain(
      ":memo: _Tell us whether you have psychoanalytic training._",
    );
  });

  it("fills the bar when the need is met", () => {
    const progress = progressOf(facts({ entries: [logged("coled", 20, "confirmed")] }));
    expect(criterionText(coLeading(progress))).toContain("`▓▓▓▓▓▓▓▓▓▓` 20 of 20 sessions");
    expect(criterionText(coLeading(progress))).toMatch(/^:white_check_mark: Met/);
  });
});

describe("progressBlocks", () => {
  it("is one row per criterion, with the ruleset, the summary and what else was logged", () => {
    const progress = progressOf(facts({ entries: [logged("peer_workshop", 1)] }));
    const blocks = progressBlocks(progress, "/balint");
    expect(blocks[0]).toEqual({
      type: "header",
      text: { type: "plain_text", text: "Your progress", emoji: true },
    });
    const text = readable(blocks);
    for (const criterion of BSUK_2016_02.criteria) expect(text).toContain(`*${criterion.title}*`);
    expect(text).toContain("*2 of 8 criteria met.* Still to do: Experience as a group member;");
    expect(text).toContain(
      "Accreditation of Balint group leaders (Balint Society UK criteria, February 2016).",
    );
    expect(text).toContain("guidelines and not prescriptive rules");
    expect(text).toContain("*Also logged*\n• Leaders' peer supervision workshops: 1 logged");
    expectWithinLimits(blocks, 50);
  });

  it("offers the profile form only when it would settle something", () => {
    const answered = progressBlocks(progressOf(), "/balint");
    expect(JSON.stringify(answered)).not.toContain(SHARED_IDS.openProfile);
    const unanswered = progressBlocks(progressOf(facts(), false), "/balint");
    expect(unanswered.at(-1)).toMatchObject({
      type: "actions",
      elements: [{ action_id: SHARED_IDS.openProfile, text: { text: "Complete your profile" } }],
    });
  });

  it("says when every criterion is met", () => {
    const everything = facts({
      entries: [
        logged("group_member", 20),
        logged("coled", 20),
        logged("leadership_course", 2),
        logged("supervision", 10, "confirmed", { hours: 10, hasNote: true }),
      ],
      hasActiveSupervisor: true,
      competencies: {
        C1: "demonstrated",
        C2: "demonstrated",
        C3: "demonstrated",
        C4: "demonstrated",
        C5: "demonstrated",
      },
      report: { submitted: true, readyToApply: true },
    });
    const text = readable(progressBlocks(progressOf(everything), "/balint"));
    expect(text).toContain(":tada: All 8 criteria are met. When you are ready, `/balint apply`.");
  });
});

describe("traineeHomeBlocks", () => {
  const noApplication = { line: null, button: undefined };

  it("shows buttons for each trainee command, then the checklist", () => {
    const blocks = traineeHomeBlocks(progressOf(facts(), false), "/balint", noApplication);
    expect(blocks[0]).toMatchObject({
      type: "header",
      text: { text: "Your pathway to accreditation" },
    });
    expect(blocks[1]).toMatchObject({
      type: "actions",
      elements: [
        { action_id: SHARED_IDS.openLog, text: { text: "Log a session" }, style: "primary" },
        { action_id: LOGGING_IDS.openSessions, text: { text: "My sessions" } },
        { action_id: SUPERVISION_IDS.askSupervisor, text: { text: "Ask a supervisor" } },
        { action_id: SHARED_IDS.openProfile },
      ],
    });
    expect(readable(blocks)).toContain("criteria met");
    expectWithinLimits(blocks, 30);
  });

  it("shows where the application stands, and its button when there is one", () => {
    const apply = {
      line: "*Your application* of 20 Nov 2026: More information requested.",
      button: {
        type: "button" as const,
        action_id: "application_form_open",
        text: { type: "plain_text" as const, text: "Update and resubmit" },
      },
    };
    const blocks = traineeHomeBlocks(progressOf(facts(), true), "/balint", apply);
    expect(readable(blocks)).toContain("More information requested");
    const buttons = blocks.find((b) => b.type === "actions");
    expect(JSON.stringify(buttons)).toContain("Update and resubmit");
  });
});
