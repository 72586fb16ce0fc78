import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commandReply, type Harness, startHarness } from "../support/bot-harness.ts";
import { CAST } from "../support/cast.ts";

/**
 * A one-line log that cannot be stored is answered with what is wrong and the corrected line to
 * copy. The words the trainee typed are echoed in it: they must come back escaped, even when a
 * backtick ends the code span around them.
 */
const TYPED = "yesterday ` <!channel> <https://evil.example/login|verify your Slack session>";
const LIVE = [/<!channel>/, /<https:\/\/evil/];

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ now: "2026-11-26T10:00:00Z" });
});
afterAll(async () => {
  await h.stop();
});

describe("the corrected line in a refusal", () => {
  it("echoes what was typed escaped", async () => {
    for (const kind of ["coled", "supervision 1h"]) {
      const reply = await commandReply(h, CAST.trainee.id, `log ${kind} ${TYPED}`);
      const text = JSON.stringify(reply.body);
      expect(text).toContain("with @your-");
      for (const live of LIVE) expect(text).not.toMatch(live);
      expect(text).toContain("&lt;!channel&gt;");
    }
  });

  it("echoes an unreadable kind or length escaped", async () => {
    for (const line of ["log <!channel>", "log supervision <!channel>h"]) {
      const text = JSON.stringify((await commandReply(h, CAST.trainee.id, line)).body);
      expect(text).not.toMatch(/<!channel>/);
      expect(text).toContain("&lt;!channel&gt;");
    }
  });
});
