import { describe, expect, it } from "vitest";
import { messageDate } from "../../../src/slack/features/shortcuts/message-date.ts";

describe("the day a message was posted", () => {
  it("is the society's calendar day, not UTC's", () => {
    // 23:30 UTC on 30 Jun 2026 is already 1 Jul in London (BST).
    const ts = `${Date.UTC(2026, 5, 30, 23, 30) / 1000}.000100`;
    expect(messageDate(ts, "Europe/London")).toBe("2026-07-01");
    expect(messageDate(ts, "UTC")).toBe("2026-06-30");
  });

  it.each([undefined, "", "yesterday", "1.2", "17634600000000.1", 1763460000])(
    "is null for a timestamp that is not Slack's: %s",
    (ts) => {
      expect(messageDate(ts, "Europe/London")).toBeNull();
    },
  );
});
