import type { webApi } from "@slack/bolt";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type SlackEmulator, startSlackEmulator } from "../../../src/dev/emulator/index.ts";
import { uploadOnce } from "../../../src/slack/delivery/upload-once.ts";
import { webClientFor } from "../../dev/emulator/support.ts";

const CHANNEL = "C0SUBCOM";
const file = { filename: "balint-application-1-v1.pdf", title: "PDF", bytes: Buffer.from("%PDF") };

let emulator: SlackEmulator;
let client: webApi.WebClient;
beforeAll(async () => {
  emulator = await startSlackEmulator({
    workspace: { channels: [{ id: CHANNEL, name: "subcommittee" }] },
  });
  client = webClientFor(emulator.url);
});
afterAll(async () => {
  await emulator.close();
});
beforeEach(() => {
  emulator.reset({ workspace: true });
});

describe("uploadOnce", () => {
  it("does not share a file twice: a retry, or a second item drawing the same version, finds it in the thread", async () => {
    const post = await client.chat.postMessage({ channel: CHANNEL, text: "An application" });
    const thread = { channel: CHANNEL, threadTs: String(post.ts) };
    await uploadOnce(client, thread, file);
    // The answer was lost: the outbox tries again.
    await uploadOnce(client, thread, file);
    expect(emulator.files.map((f) => f.name)).toEqual([file.filename]);
    expect(emulator.callsTo("conversations.replies")).toHaveLength(2);
  });

  it("uploads when no earlier attempt reached Slack, in a DM too", async () => {
    emulator.workspace.addUser({ id: "U0SAM" });
    const dm = emulator.dmChannelFor("U0SAM");
    await uploadOnce(client, { channel: dm }, file);
    await uploadOnce(client, { channel: dm }, file);
    expect(emulator.files.map((f) => f.channels)).toEqual([[dm]]);
    expect(emulator.callsTo("conversations.history")).toHaveLength(2);
  });
});
