import { describe, expect, it } from "vitest";
import { asksForHelp } from "../../../src/slack/commands/router.ts";

describe("which requests are a plain request for help", () => {
  it("is the command alone, or with the word help in any case", () => {
    expect(asksForHelp({ command: "/balint", text: "" }, "/balint")).toBe(true);
    expect(asksForHelp({ command: "/balint", text: "  HELP " }, "/balint")).toBe(true);
  });

  it("is not another subcommand, help with more words, another command or a click", () => {
    expect(asksForHelp({ command: "/balint", text: "log group 1" }, "/balint")).toBe(false);
    expect(asksForHelp({ command: "/balint", text: "help log" }, "/balint")).toBe(false);
    expect(asksForHelp({ command: "/other", text: "help" }, "/balint")).toBe(false);
    expect(asksForHelp({ type: "block_actions", text: "help" }, "/balint")).toBe(false);
    expect(asksForHelp({ command: "/balint", text: ["help"] }, "/balint")).toBe(false);
    expect(asksForHelp(null, "/balint")).toBe(false);
  });
});
