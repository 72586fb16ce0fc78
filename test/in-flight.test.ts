import { setTimeout as delay } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { createInFlight } from "../src/in-flight.ts";

describe("work in flight", () => {
  it("hands back the work's own result or error, and forgets it once settled", async () => {
    const inFlight = createInFlight();
    await expect(inFlight.track(Promise.resolve(7), "seven")).resolves.toBe(7);
    await expect(inFlight.track(Promise.reject(new Error("no")), "fails")).rejects.toThrow("no");
    await delay(0);
    expect(inFlight.size).toBe(0);
    expect(await inFlight.drain(10)).toEqual([]);
  });

  it("waits for work, including work tracked while it waits", async () => {
    const inFlight = createInFlight();
    const finished: string[] = [];
    void inFlight.track(
      delay(30).then(() => {
        finished.push("first");
        void inFlight.track(
          delay(30).then(() => finished.push("second")),
          "second",
        );
      }),
      "first",
    );
    expect(await inFlight.drain(2_000)).toEqual([]);
    expect(finished).toEqual(["first", "second"]);
  });

  it("gives up at the deadline and names what is still running", async () => {
    const inFlight = createInFlight();
    void inFlight.track(delay(20), "quick");
    void inFlight.track(delay(5_000, undefined, { ref: false }), "slow DM");
    const started = Date.now();
    expect(await inFlight.drain(200)).toEqual(["slow DM"]);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
