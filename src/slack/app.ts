import { App, type LogLevel } from "@slack/bolt";
import type { Config } from "../config.ts";
import { tagRequest } from "../logging/request-context.ts";
import { registerChannelMembership } from "./channel-membership-events.ts";
import { asksForHelp } from "./commands/router.ts";
import { type BotDeps, serviceContext } from "./deps.ts";
import { registerListeners } from "./features/index.ts";
import { checkHealth, writeHealth } from "./health.ts";
import { acknowledgeOnError } from "./middleware/ack-on-error.ts";
import { dropRepeatedDeliveries } from "./middleware/dedupe.ts";
import { type ErrorHandlerArgs, handleListenerError } from "./middleware/errors.ts";
import { trackInFlight } from "./middleware/track-in-flight.ts";
import { slackFetch } from "./slack-fetch.ts";
import { createSocketMode, type SocketConnection } from "./socket-mode.ts";

/** Slack's Web API client: a finite timeout and few retries, so a dead Slack is reported, not awaited. */
function slackClientOptions(config: Config) {
  return {
    timeout: 10_000,
    retryConfig: { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 2_000 },
    fetch: slackFetch,
    ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}),
  };
}

export interface BoltSetup {
  app: App;
  /** Socket Mode only: whether the socket to Slack is connected (for the health check). */
  socket: SocketConnection | undefined;
}

export interface SocketModeTuning {
  /** Pong timeout and reconnect delay of the Socket Mode client (default 5 s; tests shorten it). */
  clientPingTimeoutMs?: number;
}

/**
 * The Bolt app, in Socket Mode when SLACK_APP_TOKEN is set, else HTTP on POST /slack/events
 * with GET /healthz. Initialisation (auth.test) is deferred so a bad token is reported by start.
 */
export function createBoltApp(deps: BotDeps, tuning: SocketModeTuning = {}): BoltSetup {
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
    // No listener keeps state per conversation; Bolt's store would look each request up, and
    // build an Error for every miss.
    convoStore: false,
  } as const;
  const appToken = config.SLACK_APP_TOKEN;
  const socketMode = appToken
    ? createSocketMode(
        { ...config, SLACK_APP_TOKEN: appToken },
        logger,
        slackClientOptions(config),
        tuning.clientPingTimeoutMs,
      )
    : undefined;
  const app = socketMode
    ? new App({ ...common, receiver: socketMode.receiver })
    : new App({
        ...common,
        endpoints: "/slack/events",
        customRoutes: [
          {
            path: "/healthz",
            method: ["GET"],
            handler: (_req, res) =>
              void checkHealth(serviceContext(deps), undefined).then((report) =>
                writeHealth(res, report),
              ),
          },
        ],
      });
  // First: every log line of a request and its follow-up work carries the request's id.
  app.use(tagRequest());
  app.use(trackInFlight(deps.inFlight));
  app.use(dropRepeatedDeliveries(deps.context, (body) => asksForHelp(body, config.SLASH_COMMAND)));
  // What a listener stored is delivered from the outbox, whatever became of its acknowledgement.
  app.use(async ({ next }) => {
    const recorded = deps.effectsRecorded();
    try {
      await next();
    } finally {
      if (deps.effectsRecorded() !== recorded) deps.deliverSoon();
    }
  });
  app.use(acknowledgeOnError());
  // Telling the user runs after the request's own work: tracked too, so a stop waits for it.
  app.error(async (args: ErrorHandlerArgs) =>
    deps.inFlight.track(
      handleListenerError(app.client, config.SLASH_COMMAND, args),
      "telling a user about an error",
    ),
  );
  registerListeners(app, deps);
  registerChannelMembership(app, deps);
  return { app, socket: socketMode?.connection };
}
