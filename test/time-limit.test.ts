import { setTimeout as delay } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { within } from "../src/time-limit.ts";

describe("within", () => {
  it("gives the work's result when it comes in time", async () => {
    expect(await within(delay(5, "done"), 500, () => "late")).toBe("done");
  });

  it("gives what `late` returns when the work takes longer", async () => {
    expect(await within(delay(500, "done"), 5, () => "late")).toBe("late");
  });

  it("rejects with what `late` throws, and with the work's own error", async () => {
    const tooSlow = new Error("too slow");
    await expect(
      within(delay(500), 5, () => {
        throw tooSlow;
      }),
    ).rejects.toBe(tooSlow);
    await expect(within(Promise.reject(new Error("failed")), 500, () => "late")).rejects.toThrow(
      "failed",
    );
  });
});
