import { describe, expect, it } from "vitest";
import { createMovableClock } from "../../../src/dev/sandbox/clock.ts";
import { escapeMentions } from "../../../src/dev/sandbox/slack-side/mentions.ts";

const people = [
  { id: "U0LEADER1", handle: "amira.ahmed", names: ["Dr Amira Ahmed"] },
  { id: "U0AMIRA02", handle: "amira", names: ["Amira"] },
];

describe("typed @names to Slack's escaped mentions", () => {
  it("uses the longest name that matches, by handle or by real name, in any case", () => {
    expect(escapeMentions("log coled 1 today with @Dr Amira Ahmed", people)).toBe(
      "log coled 1 today with <@U0LEADER1|amira.ahmed>",
    );
    expect(escapeMentions("with @amira.ahmed note x", people)).toBe(
      "with <@U0LEADER1|amira.ahmed> note x",
    );
    expect(escapeMentions("with @AMIRA, thanks", people)).toBe("with <@U0AMIRA02|amira>, thanks");
  });

  it("leaves unknown names, e-mail addresses and escaped mentions as they are", () => {
    expect(escapeMentions("with @nobody", people)).toBe("with @nobody");
    expect(escapeMentions("mail me@amira", people)).toBe("mail me@amira");
    expect(escapeMentions("with <@U0LEADER1|amira.ahmed>", people)).toBe(
      "with <@U0LEADER1|amira.ahmed>",
    );
  });

  it("needs the name to end at a word edge", () => {
    expect(escapeMentions("@amiraX", people)).toBe("@amiraX");
  });
});

describe("the sandbox clock", () => {
  it("moves forward by whole days from real time", () => {
    let real = Date.parse("2026-11-26T10:00:00Z");
    const clock = createMovableClock(() => real);
    expect(clock.now().toISOString()).toBe("2026-11-26T10:00:00.000Z");
    clock.advanceDays(7);
    real += 60_000;
    expect(clock.now().toISOString()).toBe("2026-12-03T10:01:00.000Z");
    expect(clock.daysAhead).toBe(7);
    expect(() => clock.advanceDays(0)).toThrow();
  });
});
