import { describe, expect, it } from "vitest";
import { nearestSubcommand } from "../../src/slack/commands/catalogue.ts";
import { nearestKind } from "../../src/slack/features/logging/parse/words.ts";
import { nearestWord } from "../../src/slack/nearest-word.ts";

describe("nearestWord", () => {
  it("takes a word the typed one starts, from three letters on", () => {
    expect(nearestWord("SUPER", ["sessions", "supervisor"])).toBe("supervisor");
    expect(nearestWord("su", ["supervisor"])).toBeUndefined();
  });

  it("allows a few single-letter edits, more for longer words", () => {
    expect(nearestWord("lgo", ["log", "leaders"])).toBe("log");
    expect(nearestWord("proggres", ["progress", "profile"])).toBe("progress");
    expect(nearestWord("xyzzy", ["log", "apply"])).toBeUndefined();
  });

  it("serves both the subcommands and the kinds of activity", () => {
    expect(nearestSubcommand("sesions")).toBe("sessions");
    expect(nearestKind("weekned")).toBe("weekend_member");
    expect(nearestKind("supervison")).toBe("supervision");
  });
});
