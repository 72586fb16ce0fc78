import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOGGING_IDS } from "../../src/slack/features/logging/ids.ts";
import { seedAhmedAsLeader } from "../slack/logging/e2e-support.ts";
import { commandReply, type Harness, startHarness } from "../support/bot-harness.ts";
import { CAST } from "../support/cast.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ now: "2026-11-26T10:00:00Z" });
  await seedAhmedAsLeader(h);
});
afterAll(async () => {
  await h.stop();
});

const sam = CAST.trainee.id;

describe("the patient-details guard, end to end", () => {
  it("refuses a one-line log whose note names a patient, privately, quoting it, storing nothing", async () => {
    const response = await commandReply(h, sam, "log group today Mrs Patel felt unheard again");
    expect(response.status).toBe(200);
    expect(JSON.stringify(response.body)).toContain("“Mrs Patel” looks like a patient's name");
    expect(JSON.stringify(response.body)).toContain("please remove it");
    expect(response.body).toMatchObject({ response_type: "ephemeral" });
    expect(await h.bot.db.activityEntry.count()).toBe(0);
    // Reworded, it is stored.
    const reworded = await commandReply(h, sam, "log group today Mrs P. felt unheard again");
    expect(JSON.stringify(reworded.body)).toContain("Your private note is saved");
    expect(await h.bot.db.activityEntry.count()).toBe(1);
  });

  it("keeps the logging modal open with the fragment quoted beside the note, storing nothing", async () => {
    await h.bot.db.activityEntry.deleteMany();
    await h.driver.slashCommand({ userId: sam, text: "log" });
    await h.whenIdle(() => {
      const top = h.emulator.openViews(sam).at(-1);
      return top?.callback_id === LOGGING_IDS.logModal ? top : undefined;
    });
    const response = await h.driver.submitView({
      userId: sam,
      values: { kind: "group_member", note: "Her NHS number 943 476 5919 came up" },
    });
    expect(response.viewEffect).toEqual({
      kind: "errors",
      errors: { note: expect.stringMatching(/^“NHS number 943 476 5919” looks like/) },
    });
    expect(await h.bot.db.activityEntry.count()).toBe(0);
  });
});
