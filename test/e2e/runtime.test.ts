import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "../support/bot-harness.ts";
import { CAST } from "../support/cast.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.stop();
});

function textOf(body: unknown): string {
  return JSON.stringify(body);
}

describe("the running bot over HTTP", () => {
  it("answers GET /healthz with 200 while the database answers", async () => {
    const response = await fetch(`${h.baseUrl}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, database: "reachable" });
  });

  it("checked its token with auth.test at start", () => {
    expect(h.emulator.callsTo("auth.test").length).toBeGreaterThanOrEqual(1);
  });

  it("answers a bare command with the help, privately", async () => {
    const response = await h.driver.slashCommand({ userId: CAST.trainee.id, text: "" });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ response_type: "ephemeral" });
    for (const word of [
      "interest",
      "log coled 2 20/11/2026",
      "progress",
      "apply",
      "admin digest",
    ]) {
      expect(textOf(response.body)).toContain(word);
    }
  });

  it("answers help with every subcommand and an example of each", async () => {
    const response = await h.driver.slashCommand({ userId: CAST.trainee.id, text: "help" });
    const text = textOf(response.body);
    for (const name of [
      "help",
      "interest",
      "trainingday",
      "profile",
      "log",
      "sessions",
      "progress",
      "supervisor",
      "competencies",
      "report",
      "apply",
      "leaders",
      "admin",
    ]) {
      expect(text).toContain(`/balint ${name}`);
    }
  });

  it("suggests the nearest subcommand for a misspelling, with the help", async () => {
    const response = await h.driver.slashCommand({ userId: CAST.trainee.id, text: "progres" });
    const text = textOf(response.body);
    expect(text).toContain("Did you mean `/balint progress`?");
    expect(text).toContain("/balint interest");
  });

  it("says plainly when a word matches nothing", async () => {
    const response = await h.driver.slashCommand({ userId: CAST.trainee.id, text: "xyzzy" });
    expect(textOf(response.body)).toContain("I don't know `/balint xyzzy`");
  });
});
