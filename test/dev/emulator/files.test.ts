import type { webApi } from "@slack/bolt";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type SlackEmulator, startSlackEmulator } from "../../../src/dev/emulator/index.ts";
import { platformError, webClientFor } from "./support.ts";

const ALICE = "U0ALICE";

let emulator: SlackEmulator;
let client: webApi.WebClient;

beforeAll(async () => {
  emulator = await startSlackEmulator({ workspace: { users: [{ id: ALICE, name: "alice" }] } });
  client = webClientFor(emulator.url);
});
afterAll(async () => {
  await emulator.close();
});
beforeEach(() => {
  emulator.reset({ workspace: true });
});

describe("files.uploadV2 against the emulator", () => {
  it("takes the three steps, keeps the bytes and shares the files in the DM", async () => {
    const dm = emulator.dmChannelFor(ALICE);
    const binary = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x10]);
    const result = await client.filesUploadV2({
      channel_id: dm,
      initial_comment: "Here are your files",
      file_uploads: [
        { file: binary, filename: "a.pdf", title: "A PDF" },
        { content: "x,y\n1,2\n", filename: "b.csv", title: "A CSV" },
      ],
    });
    expect(result.ok).toBe(true);
    expect(emulator.callsTo("files.getUploadURLExternal")).toHaveLength(2);
    expect(emulator.callsTo("files.completeUploadExternal")).toHaveLength(1);
    const [pdf, csv] = emulator.files;
    expect(pdf?.bytes.equals(binary)).toBe(true);
    expect(pdf).toMatchObject({ name: "a.pdf", title: "A PDF", channels: [dm], size: 7 });
    expect(csv?.bytes.toString("utf8")).toBe("x,y\n1,2\n");
    const [message] = emulator.messagesIn(dm);
    expect(message?.text).toBe("Here are your files");
    expect(message?.files?.map((f) => f.name)).toEqual(["a.pdf", "b.csv"]);
  });

  it("deletes a file the bot shared, and its message when nothing else is left", async () => {
    const dm = emulator.dmChannelFor(ALICE);
    await client.filesUploadV2({
      channel_id: dm,
      file_uploads: [{ file: Buffer.from("%PDF"), filename: "a.pdf", title: "A PDF" }],
    });
    const [file] = emulator.files;
    expect(emulator.messagesIn(dm)).toHaveLength(1);
    expect((await client.files.delete({ file: String(file?.id) })).ok).toBe(true);
    expect(emulator.files).toEqual([]);
    expect(emulator.messagesIn(dm)).toEqual([]);
    expect(await platformError(client.files.delete({ file: String(file?.id) }))).toBe(
      "file_not_found",
    );
  });

  it("refuses to complete a file whose bytes never arrived, or an unknown channel", async () => {
    const url = await client.files.getUploadURLExternal({ filename: "x.txt", length: 3 });
    const fileId = String(url.file_id);
    expect(url.upload_url).toContain(`/upload/${fileId}`);
    expect(
      await platformError(client.files.completeUploadExternal({ files: [{ id: fileId }] })),
    ).toBe("file_not_found");
    const upload = await fetch(String(url.upload_url), {
      method: "POST",
      headers: { authorization: "Bearer xoxb-test" },
      body: "abc",
    });
    expect(upload.status).toBe(200);
    expect(
      await platformError(
        client.files.completeUploadExternal({ files: [{ id: fileId }], channel_id: "C0NOPE" }),
      ),
    ).toBe("channel_not_found");
    expect(emulator.files).toHaveLength(0);
  });

  it("refuses an upload with a bad token or to an id it never issued", async () => {
    const url = await client.files.getUploadURLExternal({ filename: "x.txt", length: 3 });
    const bad = await fetch(String(url.upload_url), {
      method: "POST",
      headers: { authorization: "Bearer xoxb-wrong" },
      body: "abc",
    });
    expect(bad.status).toBe(401);
    const unknown = await fetch(`${emulator.baseUrl}/upload/F999`, {
      method: "POST",
      headers: { authorization: "Bearer xoxb-test" },
      body: "abc",
    });
    expect(unknown.status).toBe(404);
  });

  it("shares a file in a thread, where conversations.replies and history show it", async () => {
    const channel = "C0TEAM";
    emulator.workspace.addChannel({ id: channel, name: "team", members: [ALICE] });
    const parent = await client.chat.postMessage({ channel, text: "An application" });
    const parentTs = String(parent.ts);
    await client.filesUploadV2({
      channel_id: channel,
      thread_ts: parentTs,
      file_uploads: [{ file: Buffer.from("%PDF-1"), filename: "app-1.pdf", title: "The PDF" }],
    });
    const replies = await client.conversations.replies({ channel, ts: parentTs });
    expect(replies.messages?.map((m) => m.files?.map((f) => f.name) ?? [])).toEqual([
      [],
      ["app-1.pdf"],
    ]);
    expect(replies.messages?.[1]?.thread_ts).toBe(parentTs);
    const history = await client.conversations.history({ channel });
    expect(history.messages?.[0]?.files?.[0]).toMatchObject({
      name: "app-1.pdf",
      title: "The PDF",
    });
    expect(await platformError(client.conversations.replies({ channel, ts: "1.2" }))).toBe(
      "thread_not_found",
    );
  });
});
