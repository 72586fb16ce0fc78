import { describe, expect, it } from "vitest";
import { startScriptNodeArgs } from "../../bench/processes.ts";

describe("npm start (which the container's command repeats: container.test.ts)", () => {
  it("gives Node a small young generation, which holds the bot's idle memory down", () => {
    expect(startScriptNodeArgs()).toEqual(["--max-semi-space-size=2"]);
  });
});
