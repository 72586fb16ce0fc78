import { benchApp, listen } from "./bench-app.ts";

// The baseline: a Bolt app that only acknowledges the command, configured like ours.
const app = benchApp();
app.command(process.env.SLASH_COMMAND ?? "/balint", async ({ ack }) => {
  await ack();
});
await listen(app);
