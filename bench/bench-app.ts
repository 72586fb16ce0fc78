import type { Server } from "node:http";
import { App } from "@slack/bolt";

/** A Bolt app configured as the bot's is, for the bench's own comparison apps. */
export function benchApp(): App {
  return new App({
    token: process.env.SLACK_BOT_TOKEN ?? "",
    signingSecret: process.env.SLACK_SIGNING_SECRET ?? "",
    endpoints: "/slack/events",
    clientOptions: { slackApiUrl: process.env.SLACK_API_URL ?? "" },
    deferInitialization: true,
  });
}

/** Starts the app, says "listening on port N" as the bench waits for, and stops on SIGTERM. */
export async function listen(app: App): Promise<void> {
  await app.init();
  const server = (await app.start(Number(process.env.PORT ?? 0))) as Server;
  const address = server.address();
  process.stderr.write(
    `listening on port ${typeof address === "object" && address ? address.port : "?"}\n`,
  );
  process.on("SIGTERM", () => void app.stop().then(() => process.exit(0)));
}
