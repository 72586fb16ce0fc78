import { describe, expect, it } from "vitest";
import {
  APPLICATION_ACTIONS,
  APPLICATION_STATUSES,
  type ApplicationAction,
  type ApplicationStatus,
  describeEvent,
  isOpenStatus,
  mayTake,
  needsReason,
  statusesAllowing,
  TRANSITIONS,
  transition,
} from "../../src/domain/application-status.ts";

/** Every allowed move; anything not listed here must be refused. */
const ALLOWED: [ApplicationStatus | null, ApplicationAction, ApplicationStatus][] = [
  [null, "submit", "submitted"],
  ["draft", "submit", "submitted"],
  ["more_info_requested", "resubmit", "resubmitted"],
  ["draft", "withdraw", "withdrawn"],
  ["submitted", "withdraw", "withdrawn"],
  ["more_info_requested", "withdraw", "withdrawn"],
  ["resubmitted", "withdraw", "withdrawn"],
  ["recommended", "withdraw", "withdrawn"],
  ["submitted", "recommend", "recommended"],
  ["resubmitted", "recommend", "recommended"],
  ["submitted", "more_info", "more_info_requested"],
  ["resubmitted", "more_info", "more_info_requested"],
  ["submitted", "not_yet", "not_yet"],
  ["resubmitted", "not_yet", "not_yet"],
  ["recommended", "accredit", "accredited"],
];

const FROM: (ApplicationStatus | null)[] = [null, ...APPLICATION_STATUSES];

describe("transition", () => {
  it.each(ALLOWED)("from %s, %s leads to %s", (from, action, to) => {
    expect(transition(from, action)).toEqual({ ok: true, to });
  });

  const refused = FROM.flatMap((from) =>
    APPLICATION_ACTIONS.filter(
      (action) => !ALLOWED.some(([f, a]) => f === from && a === action),
    ).map((action): [ApplicationStatus | null, ApplicationAction] => [from, action]),
  );

  it.each(refused)("from %s, %s is refused with a reason", (from, action) => {
    const result = transition(from, action);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^Cannot .+; only from: .+\.$/);
  });

  it("covers every pair of status and action", () => {
    expect(ALLOWED.length + refused.length).toBe(FROM.length * APPLICATION_ACTIONS.length);
  });

  it("explains a refusal in words", () => {
    expect(transition("accredited", "recommend")).toEqual({
      ok: false,
      error:
        "Cannot recommend from “Accredited”; only from: Submitted, waiting for the subcommittee, Resubmitted, waiting for the subcommittee.",
    });
    expect(transition(null, "resubmit")).toMatchObject({
      ok: false,
      error: expect.stringContaining("before an application exists"),
    });
  });

  it("has no way out of accredited, not_yet and withdrawn", () => {
    for (const end of ["accredited", "not_yet", "withdrawn"] as const) {
      expect(APPLICATION_ACTIONS.filter((a) => transition(end, a).ok)).toEqual([]);
    }
  });
});

describe("who may act, and with what reason", () => {
  const roles: [ApplicationAction, string[]][] = [
    ["submit", ["trainee"]],
    ["resubmit", ["trainee"]],
    ["withdraw", ["trainee"]],
    ["recommend", ["subcommittee", "admin"]],
    ["more_info", ["subcommittee", "admin"]],
    ["not_yet", ["subcommittee", "admin"]],
    ["accredit", ["admin"]],
  ];
  it.each(roles)("%s is for %j", (action, allowed) => {
    for (const role of ["trainee", "subcommittee", "admin"] as const) {
      expect(mayTake(action, role)).toBe(allowed.includes(role));
    }
  });

  it("requires a reason for every subcommittee decision and for nothing the trainee does", () => {
    expect(APPLICATION_ACTIONS.filter(needsReason)).toEqual(["recommend", "more_info", "not_yet"]);
  });

  it("lists the statuses an optimistic update may start from", () => {
    expect(statusesAllowing("recommend")).toEqual(["submitted", "resubmitted"]);
    expect(statusesAllowing("submit")).toEqual(["draft"]);
    expect(statusesAllowing("accredit")).toEqual(["recommended"]);
  });

  it("knows which statuses are open", () => {
    expect(APPLICATION_STATUSES.filter(isOpenStatus)).toEqual([
      "submitted",
      "more_info_requested",
      "resubmitted",
      "recommended",
    ]);
  });

  it("reads history back as a sentence", () => {
    expect(describeEvent("Dr Ahmed", "recommended", "26 Nov 2026")).toBe(
      "Dr Ahmed recommended it to the Balint Council on 26 Nov 2026",
    );
    expect(describeEvent("Dr Brown", "more_info_requested", "1 Dec 2026")).toBe(
      "Dr Brown asked for more information on 1 Dec 2026",
    );
    expect(describeEvent("Someone", "mystery", "1 Dec 2026")).toBe(
      "Someone moved it to “mystery” on 1 Dec 2026",
    );
    expect(Object.keys(TRANSITIONS)).toEqual([...APPLICATION_ACTIONS]);
  });
});
