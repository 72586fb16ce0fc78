import { describe, expect, it } from "vitest";
import type { SlackBlock } from "../../../src/dev/emulator/types.ts";
import { buildViewStateValues } from "../../../src/dev/emulator/view-values.ts";
import { AppError } from "../../../src/domain/app-error.ts";
import { LOGGING_IDS } from "../../../src/slack/features/logging/ids.ts";
import {
  logModalErrors,
  readLogModal,
} from "../../../src/slack/features/logging/views/log-modal-values.ts";
import {
  LOG_FIELDS,
  logModalView,
  PRIVACY_REMINDER,
} from "../../../src/slack/features/logging/views/log-modal-view.ts";
import type { ViewStateValues } from "../../../src/slack/forms/modal-state.ts";
import { expectWithinLimits } from "./limits.ts";

const WHO = { teamId: "T0001", today: "2026-11-26" };
const view = logModalView({
  callbackId: LOGGING_IDS.logModal,
  privateMetadata: "",
  initial: { occurredOn: "2026-11-26" },
});

/** The modal as Slack would submit it, with `values` typed in (block id → value). */
function submitted(values: Record<string, string | null>): ViewStateValues {
  const blocks = view.blocks as unknown as SlackBlock[];
  return buildViewStateValues({ blocks }, values) as ViewStateValues;
}

describe("logModalView", () => {
  it("is a modal titled within Slack's limits, with every field as an input block", () => {
    expect(view).toMatchObject({
      type: "modal",
      callback_id: "log_modal",
      title: { type: "plain_text", text: "Log a session" },
      submit: { type: "plain_text", text: "Log it" },
    });
    const inputs = view.blocks.filter((block) => block.type === "input").map((b) => b.block_id);
    // The UK's form: none of the questions only other societies' criteria ask.
    expect(inputs).toEqual([
      "kind",
      "occurredOn",
      "count",
      "groupSessions",
      "hours",
      "mode",
      "format",
      "counterpart",
      "note",
    ]);
    expectWithinLimits(view.blocks, 100);
  });

  it("asks for case discussions only when the society's criteria count them", () => {
    const asking = logModalView({
      callbackId: LOGGING_IDS.logModal,
      privateMetadata: "",
      asks: { caseDiscussions: true },
    });
    const inputs = asking.blocks.filter((block) => block.type === "input").map((b) => b.block_id);
    expect(inputs).toContain(LOG_FIELDS.caseDiscussions);
    expect(inputs).not.toContain(LOG_FIELDS.recorded);
    const blocks = asking.blocks as unknown as SlackBlock[];
    const values = buildViewStateValues(
      { blocks },
      { kind: "coled", occurredOn: "2026-11-20", count: "20", caseDiscussions: "30" },
    ) as ViewStateValues;
    expect(readLogModal(values, WHO)).toMatchObject({
      ok: true,
      data: { kind: "coled", count: 20, caseDiscussions: 30 },
    });
  });

  it("asks each question of the society's criteria only when asked, and reads the answers", () => {
    const ask = (asks: Parameters<typeof logModalView>[0]["asks"]) =>
      logModalView({ callbackId: LOGGING_IDS.logModal, privateMetadata: "", asks })
        .blocks.filter((block) => block.type === "input")
        .map((b) => b.block_id);
    expect(ask({ recorded: true })).toContain(LOG_FIELDS.recorded);
    expect(ask({ recorded: true })).not.toContain(LOG_FIELDS.faceToFace);
    expect(ask({ providers: [] })).not.toContain(LOG_FIELDS.provider);
    const all = logModalView({
      callbackId: LOGGING_IDS.logModal,
      privateMetadata: "",
      asks: {
        caseDiscussions: true,
        recorded: true,
        providers: ["BSANZ", "IBF"],
        approvedInAdvance: true,
        faceToFace: true,
      },
    });
    const inputs = all.blocks.filter((block) => block.type === "input").map((b) => b.block_id);
    expect(inputs).toEqual(Object.values(LOG_FIELDS));
    expect(JSON.stringify(all)).toContain("e.g. BSANZ, IBF.");
    expectWithinLimits(all.blocks, 100);
    const blocks = all.blocks as unknown as SlackBlock[];
    const course = buildViewStateValues(
      { blocks },
      {
        kind: "leadership_course",
        occurredOn: "2026-11-20",
        provider: "IBF",
        approvedInAdvance: "yes",
      },
    ) as ViewStateValues;
    expect(readLogModal(course, WHO)).toMatchObject({
      ok: true,
      data: { kind: "leadership_course", provider: "IBF", approvedInAdvance: true },
    });
    const group = buildViewStateValues(
      { blocks },
      { kind: "group_member", occurredOn: "2026-11-20", faceToFace: "no" },
    ) as ViewStateValues;
    expect(readLogModal(group, WHO)).toMatchObject({
      ok: true,
      data: { kind: "group_member", faceToFace: false },
    });
    const supervision = buildViewStateValues(
      { blocks },
      { kind: "supervision", occurredOn: "2026-11-20", hours: "1.5", recorded: "yes" },
    ) as ViewStateValues;
    expect(readLogModal(supervision, WHO)).toMatchObject({
      ok: true,
      data: { kind: "supervision", hours: 1.5, recorded: true },
    });
  });

  it("lists the kinds by their labels, dates default to today, and the count to 1", () => {
    const json = JSON.stringify(view);
    for (const label of ["Group session as a member", "Co-led session", "Supervision session"]) {
      expect(json).toContain(label);
    }
    expect(view.blocks[1]).toMatchObject({
      element: { type: "datepicker", initial_date: "2026-11-26" },
    });
    expect(view.blocks[2]).toMatchObject({ element: { type: "number_input", initial_value: "1" } });
    expect(JSON.stringify(view)).toContain('"users_select"');
  });

  it("reminds the user, where the note is typed, never to include patient details", () => {
    const noteAt = view.blocks.findIndex((block) => block.block_id === LOG_FIELDS.note);
    expect(view.blocks[noteAt - 1]).toEqual({
      type: "context",
      elements: [{ type: "mrkdwn", text: PRIVACY_REMINDER }],
    });
    expect(PRIVACY_REMINDER).toContain("Balint groups are confidential");
    expect(PRIVACY_REMINDER).toContain("seen only by you and your supervisor");
  });

  it("starts from the given values, for correcting an entry", () => {
    const corrected = logModalView({
      callbackId: "entry_correct",
      privateMetadata: '{"entryId":7}',
      title: "Correct a session",
      submit: "Send again",
      initial: {
        kind: "supervision",
        occurredOn: "2026-11-20",
        count: 1,
        hours: 1.5,
        mode: "video",
        format: "group",
        counterpartUserId: "U0LEADER1",
        note: "second half",
      },
    });
    expect(corrected).toMatchObject({
      callback_id: "entry_correct",
      private_metadata: '{"entryId":7}',
    });
    const values = readLogModal(
      buildViewStateValues({
        blocks: corrected.blocks as unknown as SlackBlock[],
      }) as ViewStateValues,
      WHO,
    );
    expect(values).toEqual({
      ok: true,
      data: {
        kind: "supervision",
        occurredOn: "2026-11-20",
        count: 1,
        hours: 1.5,
        mode: "video",
        format: "group",
        counterpart: { teamId: "T0001", userId: "U0LEADER1" },
        note: "second half",
      },
    });
  });
});

describe("readLogModal", () => {
  it("reads a co-led entry into the log-entry service's input", () => {
    const result = readLogModal(
      submitted({ kind: "coled", count: "2", counterpart: "U0LEADER1", note: "good" }),
      WHO,
    );
    expect(result).toEqual({
      ok: true,
      data: {
        kind: "coled",
        occurredOn: "2026-11-26",
        count: 2,
        hours: undefined,
        mode: undefined,
        format: undefined,
        counterpart: { teamId: "T0001", userId: "U0LEADER1" },
        note: "good",
      },
    });
  });

  it("puts each problem beside its field", () => {
    expect(readLogModal(submitted({}), WHO)).toEqual({
      ok: false,
      errors: { kind: "Choose what kind of activity you are logging." },
    });
    expect(
      readLogModal(submitted({ kind: "group_member", occurredOn: "2026-12-01" }), WHO),
    ).toEqual({
      ok: false,
      errors: { occurredOn: "The session date 2026-12-01 is in the future: today is 2026-11-26." },
    });
    expect(readLogModal(submitted({ kind: "supervision" }), WHO)).toEqual({
      ok: false,
      errors: { hours: "A supervision entry needs its length in hours, e.g. 1.5h." },
    });
    expect(readLogModal(submitted({ kind: "coled", hours: "1" }), WHO)).toEqual({
      ok: false,
      errors: { hours: "Only supervision has hours: leave them out for a co-led session." },
    });
  });

  it("points supervision-only choices at the field that was filled in", () => {
    const result = readLogModal(submitted({ kind: "coled", format: "group" }), WHO);
    expect(result).toMatchObject({
      ok: false,
      errors: { format: expect.stringContaining("Only supervision") },
    });
  });

  it("speaks of the field, not of 'with @person', when nobody needs to confirm", () => {
    const result = readLogModal(submitted({ kind: "group_member", counterpart: "U0LEADER1" }), WHO);
    expect(result).toEqual({
      ok: false,
      errors: {
        counterpart: "A group session as a member needs nobody to confirm it: clear this field.",
      },
    });
  });
});

describe("logModalErrors", () => {
  const input = { kind: "coled" as const, occurredOn: "2026-11-20" };

  it("puts the service's refusals about the person beside the person field", () => {
    const self = new AppError(
      "INVALID_INPUT",
      "You can't confirm your own sessions: name your co-leader or supervisor.",
    );
    expect(
      logModalErrors(self, { ...input, counterpart: { teamId: "T0001", userId: "U1" } }),
    ).toEqual({
      counterpart: "You can't confirm your own sessions: name your co-leader or supervisor.",
    });
    const nobody = new AppError(
      "INVALID_INPUT",
      'A co-led session needs someone to confirm it: add "with @person" naming your co-leader.',
    );
    expect(logModalErrors(nobody, input)).toEqual({
      counterpart: "Choose the person who confirms it: your co-leader or supervisor.",
    });
  });

  it("uses the fields the service names, and leaves other errors to the caller", () => {
    const dated = new AppError("INVALID_INPUT", "The session date is bad.", {
      fields: ["occurredOn"],
    });
    expect(logModalErrors(dated, input)).toEqual({ occurredOn: "The session date is bad." });
    expect(logModalErrors(new AppError("CONFLICT", "Already decided."), input)).toBeUndefined();
  });
});
