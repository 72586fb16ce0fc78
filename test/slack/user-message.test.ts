import { describe, expect, it } from "vitest";
import { AppError } from "../../src/domain/app-error.ts";
import { erasedUserId } from "../../src/domain/former-member.ts";
import { userMessage } from "../../src/slack/user-message.ts";

const AHMED = { userId: "U0LEADER1", displayName: "Dr Ahmed" };

describe("userMessage: refusals worded for Slack", () => {
  it("names people with mentions, where plain text names them by display name", () => {
    const error = AppError.refuse("FORBIDDEN", {
      reason: "only_their_supervisor",
      trainee: AHMED,
      task: "write their supervisor's report",
    });
    expect(error.userMessage).toBe(
      "Only Dr Ahmed's supervisor can write their supervisor's report.",
    );
    expect(userMessage(error, "/balint")).toBe(
      "Only <@U0LEADER1>'s supervisor can write their supervisor's report.",
    );
  });

  it("points to the register with the configured command", () => {
    const error = AppError.refuse("INVALID_INPUT", {
      reason: "not_a_leader",
      person: AHMED,
      pointToRegister: true,
    });
    expect(userMessage(error, "/pathway")).toBe(
      "<@U0LEADER1> is not on the register of accredited leaders. Ask an admin, or see `/pathway leaders`.",
    );
    expect(error.userMessage).toBe("Dr Ahmed is not on the register of accredited leaders.");
  });

  it("says who decided first, and shows an erased person as a former member", () => {
    const decided = AppError.refuse("ALREADY_DECIDED", {
      reason: "already_decided",
      by: { userId: erasedUserId(7), displayName: null },
      toStatus: "more_info_requested",
      day: "26 Nov 2026",
    });
    expect(userMessage(decided, "/balint")).toMatch(
      /^This application is no longer waiting for a decision: a former member asked /,
    );
    const replied = AppError.refuse("ALREADY_DECIDED", {
      reason: "already_replied",
      by: null,
      day: "26 Nov 2026",
    });
    expect(userMessage(replied, "/balint")).toBe("Someone already replied on 26 Nov 2026.");
  });

  it("passes other errors' messages through", () => {
    expect(userMessage(new AppError("NOT_FOUND", "That entry is gone."), "/balint")).toBe(
      "That entry is gone.",
    );
  });
});
