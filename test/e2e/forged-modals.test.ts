import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildViewSubmission, encodeInteraction } from "../../src/dev/emulator/index.ts";
import { APPLICATION_IDS } from "../../src/slack/features/applications/ids.ts";
import { SUPERVISION_IDS } from "../../src/slack/features/supervision/ids.ts";
import { type Harness, startHarness } from "../support/bot-harness.ts";
import { CAST } from "../support/cast.ts";

/**
 * A view_submission's private_metadata and view.state are the client's to send. Forged ones are
 * refused as an out-of-date form, as a forged button value is: the person is told so, and the
 * log gets an info-level refusal, never "A listener failed" with a stack.
 */
let h: Harness;
const STRANGER = CAST.stranger.id;

beforeAll(async () => {
  h = await startHarness({ now: "2026-11-26T10:00:00Z" });
});
afterAll(async () => {
  await h.stop();
});

async function submitForged(callbackId: string, privateMetadata: string, state: unknown) {
  const linesBefore = h.logLines.length;
  const dm = h.emulator.dmChannelFor(STRANGER);
  const dmsBefore = h.emulator.messagesIn(dm).length;
  const payload = buildViewSubmission(
    {
      team: { id: h.emulator.workspace.teamId, domain: h.emulator.workspace.teamDomain },
      appId: h.emulator.workspace.appId,
      user: { id: STRANGER, name: CAST.stranger.name },
    },
    {
      triggerId: h.emulator.issueTriggerId(STRANGER),
      view: {
        id: "VFORGED01",
        type: "modal",
        callback_id: callbackId,
        private_metadata: privateMetadata,
        blocks: [],
        ...(state === undefined ? {} : { state: { values: state } }),
      } as never,
    },
  );
  const response = await h.driver.send({ body: encodeInteraction(payload) });
  await h.idle();
  const lines = h.logLines.slice(linesBefore);
  const failures = lines.filter((l) => l.includes("A listener failed"));
  const told = h.emulator
    .messagesIn(dm)
    .slice(dmsBefore)
    .map((m) => m.text);
  const refused = lines.filter((l) => l.includes("Refused a request"));
  return { status: response.status, failures, told, refused };
}

function expectRefused(r: Awaited<ReturnType<typeof submitForged>>) {
  expect(r.status).toBe(200);
  expect(r.told).toEqual(["This form is out of date. Open it again to get a fresh one."]);
  expect(r.failures).toEqual([]);
  expect(r.refused).toHaveLength(1);
}

describe("forged modal submissions", () => {
  it("metadata that is not JSON is refused politely", async () => {
    const r = await submitForged(SUPERVISION_IDS.queryModal, "not json", {});
    expectRefused(r);
  });

  it("metadata of the wrong shape is refused politely", async () => {
    const r = await submitForged(APPLICATION_IDS.decisionView, '{"id":"x"}', {});
    expectRefused(r);
  });

  it.each([
    ["query", SUPERVISION_IDS.queryModal, '{"entryId":1,"version":1}'],
    [
      "decision",
      APPLICATION_IDS.decisionView,
      '{"id":1,"decision":"recommend","trainee":"U1","seen":0}',
    ],
  ])("a %s form sent without any state is refused politely", async (_form, callbackId, meta) => {
    const r = await submitForged(callbackId, meta, undefined);
    expectRefused(r);
  });

  it("a checkbox state whose selected_options is not a list is refused politely", async () => {
    const r = await submitForged(SUPERVISION_IDS.queryModal, '{"entryId":1}', {
      reason: { value: { type: "checkboxes", selected_options: "abc" } },
    });
    expectRefused(r);
  });
});
