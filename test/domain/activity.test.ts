import { describe, expect, it } from "vitest";
import { entryDetails, isActivityKind, isWithdrawable } from "../../src/domain/activity.ts";

describe("isWithdrawable", () => {
  it("lets the trainee take back any entry nobody has confirmed yet", () => {
    expect(isWithdrawable({ kind: "coled", state: "claimed", decidedById: null })).toBe(true);
    expect(isWithdrawable({ kind: "coled", state: "queried", decidedById: 7 })).toBe(true);
  });

  it("lets the trainee take back an entry that counts on their own word", () => {
    for (const kind of ["group_member", "weekend_member", "leadership_course", "training_day"]) {
      expect(isWithdrawable({ kind, state: "confirmed", decidedById: null })).toBe(true);
    }
    expect(isWithdrawable({ kind: "peer_workshop", state: "confirmed", decidedById: null })).toBe(
      true,
    );
  });

  it("keeps what a co-leader or supervisor confirmed, and what is withdrawn already", () => {
    expect(isWithdrawable({ kind: "coled", state: "confirmed", decidedById: 7 })).toBe(false);
    expect(isWithdrawable({ kind: "coled", state: "confirmed", decidedById: null })).toBe(false);
    expect(isWithdrawable({ kind: "group_member", state: "confirmed", decidedById: 7 })).toBe(
      false,
    );
    expect(isWithdrawable({ kind: "group_member", state: "withdrawn", decidedById: null })).toBe(
      false,
    );
    expect(isWithdrawable({ kind: "unknown", state: "confirmed", decidedById: null })).toBe(false);
  });
});

describe("entry helpers", () => {
  it("knows the kinds, and picks an entry's details without its note", () => {
    expect(isActivityKind("coled")).toBe(true);
    expect(isActivityKind("nap")).toBe(false);
    const row = {
      kind: "supervision",
      occurredOn: "2026-11-20",
      count: 1,
      hours: 1.5,
      mode: "video",
      format: "individual",
      note: "private",
    };
    expect(entryDetails(row)).toEqual({
      kind: "supervision",
      occurredOn: "2026-11-20",
      count: 1,
      groupSessions: null,
      hours: 1.5,
      mode: "video",
      format: "individual",
    });
  });
});
