import type { ServerResponse } from "node:http";
import { App, type LogLevel } from "@slack/bolt";
import type { Config } from "../config.ts";
import { databaseAnswers } from "../db/client.ts";
import type { BotDeps } from "./deps.ts";
import { registerListeners } from "./features/index.ts";
import { acknowledgeOnError } from "./middleware/ack-on-error.ts";
import { dropRepeatedDeliveries } from "./middleware/dedupe.ts";
import { type ErrorHandlerArgs, handleListenerError } from "./middleware/errors.ts";
import { trackInFlight } from "./middleware/track-in-flight.ts";

/** Slack's Web API client: a finite timeout and few retries, so a dead Slack is reported, not awaited. */
export function slackClientOptions(config: Config) {
  return {
    timeout: 10_000,
    retryConfig: { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 2_000 },
    ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}),
  };
}

/**
 * The Bolt app, in Socket Mode when SLACK_APP_TOKEN is set, else HTTP on POST /slack/events
 * with GET /healthz. Initialisation (auth.test) is deferred so a bad token is reported by start.
 */
export function createBoltApp(deps: BotDeps): App {
  const { config, logger } = deps;
  const common = {
    token: config.SLACK_BOT_TOKEN,
    signingSecret: config.SLACK_SIGNING_SECRET,
    logger,
    // Bolt sets the level of the logger it is given; without this it would always be info.
    logLevel: config.LOG_LEVEL as LogLevel,
    clientOptions: slackClientOptions(config),
    deferInitialization: true,
    extendedErrorHandler: true,
  } as const;
  const app = config.SLACK_APP_TOKEN
    ? new App({ ...common, socketMode: true, appToken: config.SLACK_APP_TOKEN })
    : new App({
        ...common,
        endpoints: "/slack/events",
        customRoutes: [
          {
            path: "/healthz",
            method: ["GET"],
            handler: (_req, res) => void answerHealth(deps, res),
          },
        ],
      });
  app.use(trackInFlight(deps.inFlight));
  app.use(dropRepeatedDeliveries());
  app.use(acknowledgeOnError());
  app.error(async (args: ErrorHandlerArgs) => handleListenerError(app.client, args));
  registerListeners(app, deps);
  return app;
}

async function answerHealth(deps: BotDeps, res: ServerResponse): Promise<void> {
  const ok = await databaseAnswers(deps.db);
  res.writeHead(ok ? 200 : 503, { "content-type": "application/json" });
  res.end(JSON.stringify({ ok, database: ok ? "reachable" : "unreachable" }));
}
