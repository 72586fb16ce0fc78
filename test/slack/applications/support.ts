import { expect } from "vitest";
import { evaluate } from "../../../src/domain/evaluate.ts";
import type { Evaluation } from "../../../src/domain/progress.ts";
import { BSUK_2016_02 } from "../../../src/domain/rulesets/bsuk-2016-02.ts";
import { SOCIETIES } from "../../../src/domain/societies.ts";
import type { ApplicationRecord } from "../../../src/services/applications/get-application.ts";
import { SLACK_LIMITS } from "../../../src/slack/views/limits.ts";
import { facts, logged } from "../../domain/fixtures/facts.ts";

export const TIME_ZONE = "Europe/London";
export const OPTIONS = { timeZone: TIME_ZONE, command: "/balint", society: SOCIETIES.bsuk };
export const SUBMITTED = new Date("2026-11-26T10:00:00Z");

/** A trainee with some of the checklist done and gaps left. */
export function evaluationWithGaps(): Evaluation {
  return evaluate(
    BSUK_2016_02,
    facts({ entries: [logged("group_member", 20), logged("coled", 12)] }),
  );
}

export function person(slackUserId: string) {
  return { slackUserId, displayName: null };
}

export function record(overrides: Partial<ApplicationRecord> = {}): ApplicationRecord {
  const evaluation = evaluationWithGaps();
  return {
    id: 7,
    status: "submitted",
    statement: "I have co-led a weekly group for two years with regular supervision.",
    rulesetId: "bsuk-2016-02",
    submittedAt: SUBMITTED,
    trainee: person("U0TRAINEE"),
    checklist: { criteria: evaluation.criteria, missing: evaluation.missing },
    report: {
      text: "Sam leads with warmth and keeps the focus on the relationship.",
      submittedAt: new Date("2026-11-20T12:00:00Z"),
      readyToApply: true,
      discussedWithTrainee: true,
      supervisor: person("U0LEADER1"),
    },
    history: [
      {
        fromStatus: null,
        toStatus: "submitted",
        reason: null,
        at: SUBMITTED,
        actor: person("U0TRAINEE"),
      },
    ],
    postChannel: "C0SUBCOMM",
    postTs: "1764151200.000100",
    ...overrides,
  };
}

type Json = Record<string, unknown>;

function* walk(value: unknown, key = ""): Generator<[string, Json]> {
  if (Array.isArray(value)) {
    for (const item of value) yield* walk(item, key);
  } else if (value && typeof value === "object") {
    yield [key, value as Json];
    for (const [k, v] of Object.entries(value)) yield* walk(v, k);
  }
}

/** Every text object within Slack's limits: sections, fields, headers, buttons, contexts. */
export function expectWithinLimits(blocks: readonly unknown[], maxBlocks: number): void {
  expect(blocks.length).toBeLessThanOrEqual(maxBlocks);
  for (const block of blocks as Json[]) {
    for (const [key, node] of walk(block)) {
      if (typeof node.text !== "string") continue;
      const limit =
        block.type === "header"
          ? SLACK_LIMITS.headerText
          : key === "fields"
            ? SLACK_LIMITS.fieldText
            : node.type === "plain_text" && key === "text" && block.type === "actions"
              ? SLACK_LIMITS.buttonText
              : SLACK_LIMITS.sectionText;
      expect(node.text.length, `${String(block.type)} ${key}`).toBeLessThanOrEqual(limit);
    }
  }
}

/** All the text in some blocks, for "does it say…" checks. */
export function textOf(value: unknown): string {
  return JSON.stringify(value);
}
