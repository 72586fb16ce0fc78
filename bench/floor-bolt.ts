import path from "node:path";
import Database from "better-sqlite3";
import { DeliveryClient } from "../src/slack/delivery/delivery-client.ts";
import { benchApp, listen } from "./bench-app.ts";

// The floor: the least a log with a confirmer can cost on this stack and machine. Bolt, with one
// durable SQLite transaction before the ack (the entry and its outbox row, fsynced as the bot's
// are), then one read of the trainee's sessions to confirm, one DM through the bot's own Slack
// client, and one commit marking it sent. No parsing, checks, audit, retries or redraws: what
// the bot costs above this row is the price of its rules and guarantees.

const file = process.env.FLOOR_DATABASE ?? path.join(process.cwd(), "floor.db");
const db = new Database(file);
db.pragma("journal_mode = WAL");
db.pragma("synchronous = FULL");
db.exec(`
  CREATE TABLE IF NOT EXISTS entries (id INTEGER PRIMARY KEY, trainee TEXT NOT NULL,
    occurred_on TEXT NOT NULL, count INTEGER NOT NULL, counterpart TEXT, state TEXT NOT NULL);
  CREATE INDEX IF NOT EXISTS entries_trainee ON entries (trainee, occurred_on);
  CREATE INDEX IF NOT EXISTS entries_counterpart ON entries (counterpart, state);
  CREATE TABLE IF NOT EXISTS outbox (id INTEGER PRIMARY KEY, payload TEXT NOT NULL,
    due_at TEXT NOT NULL, delivered_at TEXT);
  CREATE INDEX IF NOT EXISTS outbox_due ON outbox (delivered_at, due_at);`);
const insertEntry = db.prepare(
  "INSERT INTO entries (trainee, occurred_on, count, counterpart, state) VALUES (?, ?, 1, ?, 'claimed')",
);
const insertItem = db.prepare("INSERT INTO outbox (payload, due_at) VALUES (?, ?)");
const claimed = db.prepare(
  "SELECT COUNT(*) AS n FROM entries WHERE trainee = ? AND counterpart = ? AND state = 'claimed'",
);
const markSent = db.prepare("UPDATE outbox SET delivered_at = ? WHERE id = ?");
const store = db.transaction((trainee: string, confirmer: string) => {
  const now = new Date().toISOString();
  const entry = insertEntry.run(trainee, now.slice(0, 10), confirmer);
  const payload = JSON.stringify({ entry: Number(entry.lastInsertRowid) });
  return Number(insertItem.run(payload, now).lastInsertRowid);
});

const app = benchApp();
const slack = new DeliveryClient(process.env.SLACK_BOT_TOKEN ?? "", {
  logger: app.logger,
  timeoutMs: 10_000,
  slackApiUrl: process.env.SLACK_API_URL,
});
const dmChannels = new Map<string, string>();

app.command(process.env.SLASH_COMMAND ?? "/balint", async ({ ack, command }) => {
  const confirmer = /<@(U[A-Z0-9]+)/.exec(command.text)?.[1];
  const item = confirmer ? store(command.user_id, confirmer) : undefined;
  await ack({ response_type: "ephemeral", text: "Logged 1 session." });
  if (!confirmer || item === undefined) return;
  let channel = dmChannels.get(confirmer);
  if (!channel) {
    channel = (await slack.conversations.open({ users: confirmer })).channel?.id ?? "";
    dmChannels.set(confirmer, channel);
  }
  const { n } = claimed.get(command.user_id, confirmer) as { n: number };
  await slack.chat.postMessage({
    channel,
    text: `<@${command.user_id}> asks you to confirm ${n} sessions.`,
  });
  markSent.run(new Date().toISOString(), item);
});

await listen(app);
