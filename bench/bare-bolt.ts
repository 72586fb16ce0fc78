import { App } from "@slack/bolt";

// The baseline: a Bolt app that only acknowledges the command, configured like ours.
const app = new App({
  token: process.env.SLACK_BOT_TOKEN ?? "",
  signingSecret: process.env.SLACK_SIGNING_SECRET ?? "",
  endpoints: "/slack/events",
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL ?? "" },
  deferInitialization: true,
});
app.command(process.env.SLASH_COMMAND ?? "/balint", async ({ ack }) => {
  await ack();
});
await app.init();
const server = (await app.start(Number(process.env.PORT ?? 0))) as import("node:http").Server;
const address = server.address();
process.stderr.write(
  `listening on port ${typeof address === "object" && address ? address.port : "?"}\n`,
);
process.on("SIGTERM", () => void app.stop().then(() => process.exit(0)));
