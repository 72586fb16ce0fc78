import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NOT_YOURS_TO_RESUBMIT } from "../../src/services/applications/resubmit-application.ts";
import { APPLICATION_IDS } from "../../src/slack/features/applications/ids.ts";
import { applyThroughSlack, topView } from "../slack/applications/e2e-support.ts";
import { type Harness, startHarness } from "../support/bot-harness.ts";
import { CAST } from "../support/cast.ts";
import { MISSING_ID, SECRET, seedEveryState } from "./support/stranger.ts";

/**
 * PRODUCT.md, "Authorize before reading": a person who may not act on a thing learns nothing
 * about it from trying, not even its state. The statement form's private_metadata names the
 * application to resubmit; a stranger forges it. Someone else's application and one that does
 * not exist get the same refusal, so nobody can tell which application ids exist.
 */
let h: Harness;
let applicationId: number;
const STRANGER = CAST.stranger.id;

beforeAll(async () => {
  h = await startHarness({ now: "2026-11-26T10:00:00Z" });
  ({ applicationId } = await seedEveryState(h));
});
afterAll(async () => {
  await h.stop();
});

/** The stranger opens their own statement form, then submits it pointing at `id`. */
async function forgedResubmit(id: number): Promise<string> {
  for (const view of h.emulator.openViews(STRANGER).reverse())
    h.emulator.closeView(STRANGER, view.id);
  await applyThroughSlack(h, "stranger", {});
  const view = await topView(h, STRANGER, APPLICATION_IDS.formView);
  const forged = {
    ...view,
    private_metadata: JSON.stringify({ mode: "resubmit", id, gaps: false }),
  };
  const response = await h.driver.submitView({
    userId: STRANGER,
    view: forged,
    values: { statement: "A statement long enough to pass the checks, nothing more." },
  });
  expect(response.status).toBe(200);
  await h.idle();
  return JSON.stringify(response.body);
}

describe("resubmitting someone else's application through forged metadata", () => {
  it("refuses alike for an existing and a missing application", async () => {
    const existing = await forgedResubmit(applicationId);
    const missing = await forgedResubmit(MISSING_ID);
    expect(existing).not.toContain(SECRET);
    expect(existing).toContain(NOT_YOURS_TO_RESUBMIT);
    expect(existing).toBe(missing);
  });
});
