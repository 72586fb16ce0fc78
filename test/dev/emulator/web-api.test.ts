import type { webApi } from "@slack/bolt";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type SlackEmulator, startSlackEmulator } from "../../../src/dev/emulator/index.ts";
import { platformError, webClientFor } from "./support.ts";

const ALICE = "U0ALICE";
const BOB = "U0BOB";
const LEADERS = "C0LEADERS";

let emulator: SlackEmulator;
let client: webApi.WebClient;

beforeAll(async () => {
  emulator = await startSlackEmulator({
    workspace: {
      users: [
        { id: ALICE, name: "alice", realName: "Alice Adams", displayName: "Ali" },
        { id: BOB, name: "bob", tz: "America/New_York" },
      ],
      channels: [{ id: LEADERS, name: "leaders", members: [ALICE] }],
    },
  });
  client = webClientFor(emulator.url);
});

afterAll(async () => {
  await emulator.close();
});

beforeEach(() => {
  emulator.reset({ workspace: true });
});

describe("the Web API emulator", () => {
  it("serves under a slackApiUrl ending in /api/", () => {
    expect(emulator.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/$/);
  });

  it("holds a slowed call back, and counts it while it waits", async () => {
    emulator.slowNext("auth.test", 300);
    expect(emulator.heldCalls("auth.test")).toBe(0);
    const answered = client.auth.test();
    await emulator.waitUntil(() => emulator.heldCalls("auth.test") === 1);
    expect((await answered).ok).toBe(true);
    expect(emulator.heldCalls("auth.test")).toBe(0);
  });

  it("answers auth.test with the bot's identity", async () => {
    const result = await client.auth.test();
    expect(result).toMatchObject({
      ok: true,
      team_id: "T0BALINT0",
      user_id: "U0BOT0000",
      bot_id: "B0BOT0000",
      url: "https://balint-society.slack.com/",
    });
  });

  it("refuses unknown, non-bot and rejected tokens with invalid_auth", async () => {
    const stranger = webClientFor(emulator.url, "xoxb-unknown");
    const userToken = webClientFor(emulator.url, "xoxp-test");
    expect(await platformError(stranger.auth.test())).toBe("invalid_auth");
    expect(await platformError(userToken.auth.test())).toBe("invalid_auth");
    emulator.rejectToken("xoxb-test");
    expect(await platformError(client.auth.test())).toBe("invalid_auth");
  });

  it("pages a channel's history newest first, after `oldest` when asked", async () => {
    emulator.workspace.channel(LEADERS)?.members.push(emulator.workspace.botUserId);
    const posted: string[] = [];
    for (let i = 0; i < 5; i++) {
      const message = await client.chat.postMessage({ channel: LEADERS, text: `m${i}` });
      posted.push(message.ts ?? "");
    }
    const texts: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await client.conversations.history({
        channel: LEADERS,
        limit: 2,
        oldest: posted[0],
        ...(cursor ? { cursor } : {}),
      });
      texts.push(...(page.messages ?? []).map((message) => message.text ?? ""));
      cursor = page.response_metadata?.next_cursor || undefined;
      expect(page.has_more).toBe(cursor !== undefined);
    } while (cursor);
    expect(texts).toEqual(["m4", "m3", "m2", "m1"]);
  });

  it("answers unknown methods with unknown_method", async () => {
    expect(await platformError(client.apiCall("pins.everything"))).toBe("unknown_method");
  });

  it("posts, updates and deletes messages with increasing timestamps", async () => {
    const blocks = [{ type: "section", block_id: "b1", text: { type: "mrkdwn", text: "Hi" } }];
    const first = await client.chat.postMessage({ channel: LEADERS, text: "Hello", blocks });
    const second = await client.chat.postMessage({ channel: LEADERS, text: "Again" });
    expect(first.ts).toMatch(/^\d{10}\.\d{6}$/);
    expect(Number(second.ts)).toBeGreaterThan(Number(first.ts));
    expect(first.message).toMatchObject({ text: "Hello", user: "U0BOT0000", blocks });

    await client.chat.update({ channel: LEADERS, ts: second.ts ?? "", text: "Edited" });
    await client.chat.delete({ channel: LEADERS, ts: first.ts ?? "" });
    const messages = emulator.messagesIn(LEADERS);
    expect(messages.map((m) => m.text)).toEqual(["Edited"]);
    expect(messages[0]?.editedTs).toBeDefined();
  });

  it("receives blocks as parsed JSON, whether sent as form fields or a JSON body", async () => {
    const blocks = [{ type: "divider", block_id: "d" }];
    await client.chat.postMessage({ channel: LEADERS, text: "form", blocks });
    await fetch(`${emulator.url}chat.postMessage`, {
      method: "POST",
      headers: { authorization: "Bearer xoxb-test", "content-type": "application/json" },
      body: JSON.stringify({ channel: LEADERS, text: "json", blocks }),
    });
    expect(emulator.callsTo("chat.postMessage").map((call) => call.args.blocks)).toEqual([
      blocks,
      blocks,
    ]);
  });

  it("checks channels and content as Slack does", async () => {
    emulator.addChannel({ id: "C0QUIET", name: "quiet", botIsMember: false });
    expect(await platformError(client.chat.postMessage({ channel: "C0NONE", text: "x" }))).toBe(
      "channel_not_found",
    );
    expect(await platformError(client.chat.postMessage({ channel: "C0QUIET", text: "x" }))).toBe(
      "not_in_channel",
    );
    expect(await platformError(client.chat.postMessage({ channel: LEADERS, text: "" }))).toBe(
      "no_text",
    );
    expect(
      await platformError(client.chat.update({ channel: LEADERS, ts: "1.000001", text: "x" })),
    ).toBe("message_not_found");
  });

  it("keeps ephemeral messages per user, and only for channel members", async () => {
    const result = await client.chat.postEphemeral({ channel: LEADERS, user: ALICE, text: "psst" });
    expect(result.message_ts).toMatch(/^\d+\.\d{6}$/);
    expect(emulator.ephemeralsFor(ALICE)).toMatchObject([{ channel: LEADERS, text: "psst" }]);
    expect(
      await platformError(client.chat.postEphemeral({ channel: LEADERS, user: BOB, text: "x" })),
    ).toBe("user_not_in_channel");
  });

  it("opens a stable DM per user, and posting to a user id lands in that DM", async () => {
    const opened = await client.conversations.open({ users: ALICE });
    const again = await client.conversations.open({ users: ALICE });
    expect(opened.channel?.id).toBe("D0ALICE");
    expect(again.channel?.id).toBe("D0ALICE");
    const posted = await client.chat.postMessage({ channel: ALICE, text: "Welcome" });
    expect(posted.channel).toBe("D0ALICE");
    expect(emulator.messagesIn("D0ALICE").map((m) => m.text)).toEqual(["Welcome"]);
  });

  it("lists channel members, the bot included", async () => {
    const result = await client.conversations.members({ channel: LEADERS });
    expect(result.members).toEqual([ALICE, "U0BOT0000"]);
    expect(result.response_metadata?.next_cursor).toBe("");
    const info = await client.conversations.info({ channel: LEADERS });
    expect(info.channel).toMatchObject({ id: LEADERS, name: "leaders", is_member: true });
  });

  it("describes users with names and time zones", async () => {
    const alice = await client.users.info({ user: ALICE });
    expect(alice.user).toMatchObject({
      id: ALICE,
      name: "alice",
      real_name: "Alice Adams",
      tz: "Europe/London",
      profile: { display_name: "Ali", real_name: "Alice Adams" },
    });
    const bob = await client.users.info({ user: BOB });
    expect(bob.user?.tz_offset).toBeLessThan(0);
    expect(await platformError(client.users.info({ user: "U0NOBODY" }))).toBe("user_not_found");
  });

  it("finds a user by email whatever its case, but not a deactivated one", async () => {
    emulator.workspace.addUser({ id: "U0CAROL", name: "carol", email: "Carol@Example.org" });
    emulator.workspace.addUser({ id: "U0GONE", email: "gone@example.org", deleted: true });
    const carol = await client.users.lookupByEmail({ email: "carol@example.ORG" });
    expect(carol.user).toMatchObject({ id: "U0CAROL", profile: { email: "Carol@Example.org" } });
    for (const email of ["gone@example.org", "nobody@example.org"]) {
      expect(await platformError(client.users.lookupByEmail({ email }))).toBe("users_not_found");
    }
  });

  it("fails the next call to a method on request, then recovers", async () => {
    emulator.failNext("chat.postMessage", "ratelimited");
    expect(await platformError(client.chat.postMessage({ channel: LEADERS, text: "x" }))).toBe(
      "ratelimited",
    );
    await expect(client.chat.postMessage({ channel: LEADERS, text: "x" })).resolves.toMatchObject({
      ok: true,
    });
  });

  it("records calls and waits for ones made later", async () => {
    const waiting = emulator.waitFor((call) => call.method === "chat.postMessage", 1_000);
    setTimeout(() => void client.chat.postMessage({ channel: LEADERS, text: "later" }), 20);
    const call = await waiting;
    expect(call).toMatchObject({ args: { channel: LEADERS, text: "later" }, token: "xoxb-test" });
    await expect(emulator.waitFor((c) => c.method === "views.open", 50)).rejects.toThrow(
      /timed out/,
    );
  });
});
