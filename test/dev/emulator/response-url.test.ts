import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type SlackEmulator, startSlackEmulator } from "../../../src/dev/emulator/index.ts";
import { webClientFor } from "./support.ts";

const ALICE = "U0ALICE";
const LEADERS = "C0LEADERS";

let emulator: SlackEmulator;

beforeAll(async () => {
  emulator = await startSlackEmulator({
    workspace: {
      users: [{ id: ALICE }],
      channels: [{ id: LEADERS, name: "leaders", members: [ALICE] }],
    },
  });
});

afterAll(async () => {
  await emulator.close();
});

beforeEach(() => {
  emulator.reset();
});

function postJson(url: string, body: unknown): Promise<Response> {
  return fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

describe("response_url endpoints", () => {
  it("shows a plain response to the user only, and in_channel ones to everyone", async () => {
    const url = emulator.issueResponseUrl({ userId: ALICE, channelId: LEADERS });
    expect((await postJson(url, { text: "Only you can see this" })).status).toBe(200);
    await postJson(url, { response_type: "in_channel", text: "Everyone sees this" });
    expect(emulator.ephemeralsFor(ALICE).map((m) => m.text)).toEqual(["Only you can see this"]);
    expect(emulator.messagesIn(LEADERS).map((m) => m.text)).toEqual(["Everyone sees this"]);
    expect(emulator.responseUrlPosts.map((post) => post.body.response_type)).toEqual([
      undefined,
      "in_channel",
    ]);
  });

  it("replaces or deletes the message the interaction came from", async () => {
    const client = webClientFor(emulator.url);
    const first = await client.chat.postMessage({ channel: LEADERS, text: "Pending" });
    const second = await client.chat.postMessage({ channel: LEADERS, text: "Also pending" });
    const origin = (messageTs: string) => ({ userId: ALICE, channelId: LEADERS, messageTs });
    await postJson(emulator.issueResponseUrl(origin(first.ts ?? "")), {
      replace_original: true,
      text: "Approved",
    });
    await postJson(emulator.issueResponseUrl(origin(second.ts ?? "")), { delete_original: true });
    expect(emulator.messagesIn(LEADERS).map((m) => m.text)).toEqual(["Approved"]);
  });

  it("answers 404 for a response_url it never issued", async () => {
    const response = await postJson(`${emulator.baseUrl}/response_url/R404`, { text: "x" });
    expect(response.status).toBe(404);
    expect(emulator.responseUrlPosts).toEqual([]);
  });
});
