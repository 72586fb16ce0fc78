import { App } from "@slack/bolt";
import { BOT_TOKEN, enquiryModal, silentLogger } from "./support.ts";

export const SIGNING_SECRET = "test-signing-secret";

export interface Received {
  kind: "command" | "action" | "view" | "home" | "shortcut";
  body: unknown;
  retryNum?: number | undefined;
}

/** A small real Bolt app that records what reached each listener. */
export function createRecordingApp(slackApiUrl: string, received: Received[]): App {
  const bolt = new App({
    signingSecret: SIGNING_SECRET,
    token: BOT_TOKEN,
    clientOptions: { slackApiUrl, retryConfig: { retries: 0 } },
    deferInitialization: true,
    logger: silentLogger,
  });
  bolt.command("/balint", async ({ ack, body, client: slack }) => {
    received.push({ kind: "command", body });
    await ack();
    await slack.views.open({ trigger_id: body.trigger_id, view: enquiryModal() });
  });
  bolt.action("approve", async ({ ack, body, respond }) => {
    received.push({ kind: "action", body });
    await ack();
    await respond({ replace_original: true, text: "Approved" });
  });
  bolt.action("add_detail", async ({ ack, body, client: slack }) => {
    received.push({ kind: "action", body });
    await ack();
    if (body.type !== "block_actions" || !body.view) return;
    const view = enquiryModal({ private_metadata: "with-detail" });
    await slack.views.update({ view_id: body.view.id, hash: body.view.hash, view });
  });
  bolt.view("enquiry", async ({ ack, body, view }) => {
    received.push({ kind: "view", body });
    if (!view.state.values.name_block?.name?.value) {
      await ack({ response_action: "errors", errors: { name_block: "Please give your name" } });
      return;
    }
    await ack();
  });
  bolt.shortcut("enquire_everywhere", async ({ ack, body, client: slack }) => {
    received.push({ kind: "shortcut", body });
    await ack();
    await slack.views.open({ trigger_id: body.trigger_id, view: enquiryModal() });
  });
  bolt.shortcut("enquire_about_message", async ({ ack, body, client: slack }) => {
    received.push({ kind: "shortcut", body });
    await ack();
    await slack.views.open({ trigger_id: body.trigger_id, view: enquiryModal() });
  });
  bolt.event("app_home_opened", async ({ event, context, client: slack }) => {
    received.push({ kind: "home", body: event, retryNum: context.retryNum });
    await slack.views.publish({ user_id: event.user, view: { type: "home", blocks: [] } });
  });
  return bolt;
}
