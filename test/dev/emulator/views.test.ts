import type { webApi } from "@slack/bolt";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type SlackEmulator, startSlackEmulator } from "../../../src/dev/emulator/index.ts";
import { enquiryModal, platformError, webClientFor } from "./support.ts";

const ALICE = "U0ALICE";
const START_MS = Date.UTC(2025, 10, 26, 9, 0, 0);

let now = START_MS;
let emulator: SlackEmulator;
let client: webApi.WebClient;

beforeAll(async () => {
  emulator = await startSlackEmulator({
    nowMs: () => now,
    workspace: { users: [{ id: ALICE, name: "alice" }] },
  });
  client = webClientFor(emulator.url);
});

afterAll(async () => {
  await emulator.close();
});

beforeEach(() => {
  now = START_MS;
  emulator.reset();
});

describe("views.open", () => {
  it("opens a modal for the user the trigger was issued to", async () => {
    const triggerId = emulator.issueTriggerId(ALICE);
    const result = await client.views.open({ trigger_id: triggerId, view: enquiryModal() });
    expect(result.view).toMatchObject({
      id: expect.stringMatching(/^V\d+$/),
      hash: expect.stringMatching(/^\d+\.[0-9a-f]+$/),
      type: "modal",
      callback_id: "enquiry",
      private_metadata: '{"step":1}',
      team_id: "T0BALINT0",
      state: { values: {} },
    });
    expect(result.view?.root_view_id).toBe(result.view?.id);
    expect(emulator.openViews(ALICE).map((view) => view.id)).toEqual([result.view?.id]);
  });

  it("refuses a trigger used twice or never issued", async () => {
    const triggerId = emulator.issueTriggerId(ALICE);
    await client.views.open({ trigger_id: triggerId, view: enquiryModal() });
    const reused = client.views.open({ trigger_id: triggerId, view: enquiryModal() });
    expect(await platformError(reused)).toBe("invalid_trigger_id");
    const invented = client.views.open({ trigger_id: "123.456.abc", view: enquiryModal() });
    expect(await platformError(invented)).toBe("invalid_trigger_id");
  });

  it("refuses a trigger older than three seconds", async () => {
    const fresh = emulator.issueTriggerId(ALICE);
    const stale = emulator.issueTriggerId(ALICE);
    now += 2_999;
    await expect(client.views.open({ trigger_id: fresh, view: enquiryModal() })).resolves.toEqual(
      expect.objectContaining({ ok: true }),
    );
    now += 2;
    const late = client.views.open({ trigger_id: stale, view: enquiryModal() });
    expect(await platformError(late)).toBe("expired_trigger_id");
  });

  it("rejects views Slack would reject, without using up the trigger", async () => {
    const triggerId = emulator.issueTriggerId(ALICE);
    const tooLong = enquiryModal({
      title: { type: "plain_text", text: "A title far too long for Slack" },
    });
    const call = client.views.open({ trigger_id: triggerId, view: tooLong });
    expect(await platformError(call)).toBe("invalid_arguments");
    expect(emulator.callsTo("views.open")[0]?.response).toMatchObject({
      response_metadata: { messages: [expect.stringContaining("/view/title/text")] },
    });
    const noSubmit = enquiryModal({ submit: undefined });
    expect(await platformError(client.views.open({ trigger_id: triggerId, view: noSubmit }))).toBe(
      "invalid_arguments",
    );
    await expect(
      client.views.open({ trigger_id: triggerId, view: enquiryModal() }),
    ).resolves.toMatchObject({ ok: true });
  });
});

describe("views.push and views.update", () => {
  it("stacks pushed modals and updates in place, guarding against stale hashes", async () => {
    const root = await client.views.open({
      trigger_id: emulator.issueTriggerId(ALICE),
      view: enquiryModal(),
    });
    const pushed = await client.views.push({
      trigger_id: emulator.issueTriggerId(ALICE),
      view: enquiryModal({ callback_id: "details" }),
    });
    expect(pushed.view?.previous_view_id).toBe(root.view?.id);
    expect(emulator.openViews(ALICE).map((view) => view.callback_id)).toEqual([
      "enquiry",
      "details",
    ]);

    const rootId = root.view?.id ?? "";
    const stale = client.views.update({ view_id: rootId, hash: "1.stale", view: enquiryModal() });
    expect(await platformError(stale)).toBe("hash_conflict");
    const updated = await client.views.update({
      view_id: rootId,
      hash: root.view?.hash ?? "",
      view: enquiryModal({ private_metadata: "step-2" }),
    });
    expect(updated.view?.id).toBe(rootId);
    expect(updated.view?.hash).not.toBe(root.view?.hash);
    expect(emulator.openViews(ALICE)[0]?.private_metadata).toBe("step-2");
  });
});

describe("views.publish", () => {
  it("keeps the user's Home tab, with a stable view id", async () => {
    const home = { type: "home" as const, blocks: [{ type: "divider", block_id: "d1" }] };
    const first = await client.views.publish({ user_id: ALICE, view: home });
    const second = await client.views.publish({ user_id: ALICE, view: { ...home, blocks: [] } });
    expect(second.view?.id).toBe(first.view?.id);
    expect(emulator.homeView(ALICE)?.blocks).toEqual([]);
    expect(await platformError(client.views.publish({ user_id: "U0NOBODY", view: home }))).toBe(
      "user_not_found",
    );
  });
});

describe("answers to a view_submission", () => {
  async function openTwo(): Promise<[string, string]> {
    const root = await client.views.open({
      trigger_id: emulator.issueTriggerId(ALICE),
      view: enquiryModal(),
    });
    const top = await client.views.push({
      trigger_id: emulator.issueTriggerId(ALICE),
      view: enquiryModal({ callback_id: "details" }),
    });
    return [root.view?.id ?? "", top.view?.id ?? ""];
  }

  it("closes only the submitted view on an empty answer, and everything on clear", async () => {
    const [rootId, topId] = await openTwo();
    expect(emulator.applyViewSubmissionAnswer(ALICE, topId, "")).toEqual({ kind: "closed" });
    expect(emulator.openViews(ALICE).map((view) => view.id)).toEqual([rootId]);
    await client.views.push({ trigger_id: emulator.issueTriggerId(ALICE), view: enquiryModal() });
    const clear = { response_action: "clear" };
    expect(emulator.applyViewSubmissionAnswer(ALICE, rootId, clear)).toEqual({ kind: "cleared" });
    expect(emulator.openViews(ALICE)).toEqual([]);
  });

  it("updates or pushes with the answer's view, and rejects errors for unknown blocks", async () => {
    const [rootId, topId] = await openTwo();
    const update = { response_action: "update", view: enquiryModal({ callback_id: "thanks" }) };
    expect(emulator.applyViewSubmissionAnswer(ALICE, topId, update)).toEqual({
      kind: "updated",
      viewId: topId,
    });
    expect(emulator.openViews(ALICE).map((view) => view.callback_id)).toEqual([
      "enquiry",
      "thanks",
    ]);
    const badErrors = { response_action: "errors", errors: { nonsense: "Wrong" } };
    expect(emulator.applyViewSubmissionAnswer(ALICE, rootId, badErrors)).toMatchObject({
      kind: "rejected",
    });
    const push = { response_action: "push", view: enquiryModal() };
    expect(emulator.applyViewSubmissionAnswer(ALICE, topId, push)).toMatchObject({
      kind: "pushed",
    });
    expect(emulator.applyViewSubmissionAnswer(ALICE, topId, push)).toEqual({
      kind: "rejected",
      reason: ["push_limit_reached"],
    });
  });
});
