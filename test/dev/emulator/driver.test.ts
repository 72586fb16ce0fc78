import { type App, verifySlackRequest, type webApi } from "@slack/bolt";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  buildEventCallback,
  createSlackDriver,
  JSON_CONTENT_TYPE,
  type SlackDriver,
  type SlackEmulator,
  slackSignature,
  startSlackEmulator,
} from "../../../src/dev/emulator/index.ts";
import { createRecordingApp, type Received, SIGNING_SECRET } from "./recording-app.ts";
import { enquiryModal, webClientFor } from "./support.ts";

const ALICE = "U0ALICE";
const LEADERS = "C0LEADERS";

let emulator: SlackEmulator;
let app: App;
let driver: SlackDriver;
let botUrl: string;
let client: webApi.WebClient;
const received: Received[] = [];

beforeAll(async () => {
  emulator = await startSlackEmulator({
    workspace: {
      users: [{ id: ALICE, name: "alice" }],
      channels: [{ id: LEADERS, name: "leaders", members: [ALICE] }],
    },
  });
  client = webClientFor(emulator.url);
  app = createRecordingApp(emulator.url, received);
  await app.init();
  const server = await app.start(0);
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("Bolt has no port");
  botUrl = `http://127.0.0.1:${address.port}/slack/events`;
  driver = createSlackDriver({ botUrl, signingSecret: SIGNING_SECRET, emulator });
});

afterAll(async () => {
  await app.stop();
  await emulator.close();
});

beforeEach(() => {
  received.length = 0;
  emulator.reset();
});

describe("the driver, against a real Bolt app", () => {
  it("sends a slash command with Slack's fields, and its trigger opens a modal", async () => {
    const sent = await driver.slashCommand({ userId: ALICE, text: "enquire", channelId: LEADERS });
    expect(sent.status).toBe(200);
    expect(Object.keys(sent.payload).sort()).toEqual(
      [
        "token",
        "team_id",
        "team_domain",
        "channel_id",
        "channel_name",
        "user_id",
        "user_name",
        "command",
        "text",
        "api_app_id",
        "is_enterprise_install",
        "response_url",
        "trigger_id",
      ].sort(),
    );
    expect(sent.payload.response_url.startsWith(`${emulator.baseUrl}/response_url/`)).toBe(true);
    await emulator.waitFor((call) => call.method === "views.open" && call.response.ok);
    expect(received[0]).toMatchObject({
      kind: "command",
      body: { command: "/balint", text: "enquire", user_id: ALICE, channel_name: "leaders" },
    });
    expect(emulator.openViews(ALICE).map((view) => view.callback_id)).toEqual(["enquiry"]);
  });

  it("submits a view: errors keep the modal open, a valid submission closes it", async () => {
    await driver.slashCommand({ userId: ALICE, text: "" });
    await emulator.waitUntil(() => emulator.openViews(ALICE).length === 1);

    const empty = await driver.submitView({ userId: ALICE });
    expect(empty.body).toEqual({
      response_action: "errors",
      errors: { name_block: "Please give your name" },
    });
    expect(empty.viewEffect).toMatchObject({ kind: "errors" });
    expect(emulator.openViews(ALICE)).toHaveLength(1);

    const filled = await driver.submitView({ userId: ALICE, values: { name_block: "Alice" } });
    expect(filled.viewEffect).toEqual({ kind: "closed" });
    expect(emulator.openViews(ALICE)).toEqual([]);
    expect(received.at(-1)).toMatchObject({
      kind: "view",
      body: {
        type: "view_submission",
        view: {
          callback_id: "enquiry",
          private_metadata: '{"step":1}',
          state: { values: { name_block: { name: { type: "plain_text_input", value: "Alice" } } } },
        },
      },
    });
  });

  it("clicks a message button; respond() through the response_url replaces the message", async () => {
    const posted = await client.chat.postMessage({
      channel: LEADERS,
      text: "Application from Alice",
      blocks: [
        {
          type: "actions",
          block_id: "decision",
          elements: [
            {
              type: "button",
              action_id: "approve",
              value: "application-7",
              text: { type: "plain_text", text: "Approve" },
            },
          ],
        },
      ],
    });
    const messageTs = posted.ts ?? "";
    const clicked = await driver.clickButton({
      userId: ALICE,
      actionId: "approve",
      container: { channelId: LEADERS, messageTs },
    });
    expect(clicked.status).toBe(200);
    expect(clicked.payload.actions[0]).toMatchObject({
      type: "button",
      action_id: "approve",
      block_id: "decision",
      value: "application-7",
    });
    expect(clicked.payload.message?.ts).toBe(messageTs);
    await emulator.waitUntil(() => emulator.message(LEADERS, messageTs)?.text === "Approved");
    expect(emulator.responseUrlPosts).toMatchObject([
      { body: { replace_original: true, text: "Approved" } },
    ]);
  });

  it("clicks a button in a modal, sending the view with its current state", async () => {
    const modal = enquiryModal();
    const detailButton = {
      type: "actions",
      block_id: "more",
      elements: [
        { type: "button", action_id: "add_detail", text: { type: "plain_text", text: "More" } },
      ],
    };
    const opened = await client.views.open({
      trigger_id: emulator.issueTriggerId(ALICE),
      view: { ...modal, blocks: [...modal.blocks, detailButton] },
    });
    const viewId = opened.view?.id ?? "";
    const clicked = await driver.clickButton({
      userId: ALICE,
      actionId: "add_detail",
      container: { viewId },
      values: { name_block: "Al" },
    });
    expect(clicked.payload).toMatchObject({
      container: { type: "view", view_id: viewId },
      view: { id: viewId, state: { values: { name_block: { name: { value: "Al" } } } } },
    });
    expect(clicked.payload.response_url).toBeUndefined();
    await emulator.waitFor((call) => call.method === "views.update" && call.response.ok);
    expect(emulator.openViews(ALICE)[0]?.private_metadata).toBe("with-detail");
  });

  it("refuses to click a button the message does not show", async () => {
    const posted = await client.chat.postMessage({ channel: LEADERS, text: "No buttons" });
    await expect(
      driver.clickButton({
        userId: ALICE,
        actionId: "approve",
        container: { channelId: LEADERS, messageTs: posted.ts ?? "" },
      }),
    ).rejects.toThrow(/no button/);
  });

  it("sends a global shortcut whose trigger opens a modal", async () => {
    const sent = await driver.globalShortcut({ userId: ALICE, callbackId: "enquire_everywhere" });
    expect(sent.status).toBe(200);
    expect(sent.payload).toMatchObject({
      type: "shortcut",
      callback_id: "enquire_everywhere",
      user: { id: ALICE, team_id: "T0BALINT0" },
    });
    await emulator.waitFor((call) => call.method === "views.open" && call.response.ok);
    expect(emulator.openViews(ALICE).map((view) => view.callback_id)).toEqual(["enquiry"]);
  });

  it("sends a message shortcut on a message a person typed, with the message and its ts", async () => {
    const typed = emulator.postAsUser({
      userId: ALICE,
      channelId: LEADERS,
      text: "Good group today",
      ts: "1763460000.000100",
    });
    const sent = await driver.messageShortcut({
      userId: ALICE,
      callbackId: "enquire_about_message",
      channelId: LEADERS,
      messageTs: typed.ts,
    });
    expect(sent.status).toBe(200);
    expect(sent.payload).toMatchObject({
      type: "message_action",
      callback_id: "enquire_about_message",
      message_ts: "1763460000.000100",
      message: { type: "message", user: ALICE, text: "Good group today" },
      channel: { id: LEADERS, name: "leaders" },
    });
    expect(received.at(-1)).toMatchObject({ kind: "shortcut", body: { type: "message_action" } });
    await emulator.waitFor((call) => call.method === "views.open" && call.response.ok);
    await expect(
      driver.messageShortcut({
        userId: ALICE,
        callbackId: "enquire_about_message",
        channelId: LEADERS,
        messageTs: "1.000000",
      }),
    ).rejects.toThrow(/no message/);
  });

  it("opens the Home tab with a JSON event callback", async () => {
    const sent = await driver.openHome({ userId: ALICE });
    expect(sent.status).toBe(200);
    expect(sent.payload).toMatchObject({ type: "event_callback", team_id: "T0BALINT0" });
    await emulator.waitFor((call) => call.method === "views.publish");
    expect(emulator.homeView(ALICE)?.type).toBe("home");
  });
});

describe("request signing", () => {
  it("signs the way Bolt verifies", () => {
    const body = "token=x&text=hello";
    const timestamp = Math.floor(Date.now() / 1000);
    const headers = {
      "x-slack-signature": slackSignature(SIGNING_SECRET, timestamp, body),
      "x-slack-request-timestamp": timestamp,
    };
    expect(() =>
      verifySlackRequest({ signingSecret: SIGNING_SECRET, body, headers }),
    ).not.toThrow();
  });

  const homeEvent = () =>
    JSON.stringify(
      buildEventCallback(
        { teamId: "T0BALINT0", appId: "A0BALINT0", botUserId: "U0BOT0000" },
        { type: "app_home_opened", user: ALICE, channel: "D0ALICE", tab: "home", event_ts: "1.2" },
        { eventId: "Ev1", eventTime: Math.floor(Date.now() / 1000) },
      ),
    );

  it("gets 401 for a wrong secret, a stale timestamp, a missing or a tampered signature", async () => {
    const body = homeEvent();
    const contentType = JSON_CONTENT_TYPE;
    const sixMinutesAgo = Math.floor(Date.now() / 1000) - 6 * 60;
    const forged = slackSignature(SIGNING_SECRET, Math.floor(Date.now() / 1000), `${body} `);
    const answers = await Promise.all([
      driver.send({ body, contentType, secret: "not-the-secret" }),
      driver.send({ body, contentType, timestamp: sixMinutesAgo }),
      driver.send({ body, contentType, headers: { "x-slack-signature": null } }),
      driver.send({ body, contentType, headers: { "x-slack-signature": forged } }),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([401, 401, 401, 401]);
    expect(received).toEqual([]);
  });

  it("uses an injected clock for timestamps", async () => {
    const lateDriver = createSlackDriver({
      botUrl,
      signingSecret: SIGNING_SECRET,
      emulator,
      clock: () => Math.floor(Date.now() / 1000) - 10 * 60,
    });
    expect((await lateDriver.openHome({ userId: ALICE })).status).toBe(401);
  });

  it("passes Slack's retry headers through", async () => {
    const sent = await driver.send({
      body: homeEvent(),
      contentType: JSON_CONTENT_TYPE,
      headers: { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" },
    });
    expect(sent.status).toBe(200);
    expect(received).toMatchObject([{ kind: "home", retryNum: 1 }]);
  });
});
