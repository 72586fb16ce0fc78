import { type Logger, type LogLevel, SocketModeReceiver } from "@slack/bolt";
import type { Config } from "../config.ts";
import { keepWorkingWhenAcksAreLost } from "./socket-acks.ts";

/** Whether the Socket Mode WebSocket is open and Slack has said hello on it. */
export interface SocketConnection {
  readonly isConnected: boolean;
  /** Closes the socket (stopping reconnects) and waits, at most a few seconds, until it is shut. */
  close(): Promise<void>;
}

const CLOSE_WAIT_MS = 5_000;

export interface SocketModeSetup {
  receiver: SocketModeReceiver;
  connection: SocketConnection;
}

type SocketModeClient = SocketModeReceiver["client"];

/** Socket Mode client lifecycle events (@slack/socket-mode's State, plus the socket's `close`). */
const CONNECTED = "connected";
const NOT_CONNECTED = ["connecting", "reconnecting", "disconnecting", "disconnected", "close"];

/**
 * The Socket Mode receiver, with the bot's bounded Web API options for apps.connections.open
 * (without them the client retries that call 100 times), and a watch on its connection.
 */
export function createSocketMode(
  config: Config & { SLACK_APP_TOKEN: string },
  logger: Logger,
  clientOptions: Record<string, unknown>,
  /** How long the client waits for a pong, and between reconnect attempts (Slack's default 5 s). */
  clientPingTimeoutMs?: number,
): SocketModeSetup {
  const receiver = new SocketModeReceiver({
    appToken: config.SLACK_APP_TOKEN,
    logger,
    logLevel: config.LOG_LEVEL as LogLevel,
    installerOptions: { clientOptions },
    ...(clientPingTimeoutMs === undefined ? {} : { clientPingTimeout: clientPingTimeoutMs }),
  });
  keepWorkingWhenAcksAreLost(receiver, logger);
  return { receiver, connection: watchConnection(receiver.client, logger) };
}

function watchConnection(client: SocketModeClient, logger: Logger): SocketConnection {
  const state = {
    isConnected: false,
    close: async () => {
      let timer: NodeJS.Timeout | undefined;
      const waited = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, CLOSE_WAIT_MS);
      });
      await Promise.race([client.disconnect(), waited]);
      clearTimeout(timer);
    },
  };
  client.on(CONNECTED, () => {
    if (!state.isConnected) logger.info("Socket Mode: connected to Slack");
    state.isConnected = true;
  });
  for (const event of NOT_CONNECTED) {
    client.on(event, () => {
      if (state.isConnected) logger.warn(`Socket Mode: not connected to Slack (${event})`);
      state.isConnected = false;
    });
  }
  return state;
}

/** Codes from apps.connections.open that mean the app-level token itself is wrong. */
const REFUSED_APP_TOKEN = ["invalid_auth", "not_authed", "not_allowed_token_type", "token_revoked"];

/** A start failure in words a volunteer can act on; other errors keep their own message. */
export function describeSocketModeFailure(error: unknown): string {
  const code =
    typeof error === "object" && error !== null && "data" in error
      ? String((error as { data?: { error?: unknown } }).data?.error ?? "")
      : "";
  if (REFUSED_APP_TOKEN.includes(code)) {
    return `Slack refused SLACK_APP_TOKEN (${code}). Generate an app-level token (xapp-…) with the connections:write scope under Basic Information → App-Level Tokens.`;
  }
  return error instanceof Error ? error.message : String(error);
}
