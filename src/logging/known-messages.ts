/**
 * The messages a log line may carry word for word. Anything else is replaced by "[redacted]":
 * a message is only ever kept because it is known, never because it looks harmless.
 */

/** Messages written by the bot's own code. A test checks every literal message in src is here. */
export const OWN_MESSAGES = [
  "Balint Pathway is running in Socket Mode",
  "Shutdown failed",
  "Sent the reminders",
  "A scheduled job could not run",
  "Could not check for a missed scheduled run",
  "Catching up a scheduled job missed while the bot was down",
  "Scheduled work skipped: its period is already claimed",
  "Scheduled work failed after claiming its period; it will not be retried",
  "Posted the digest",
  "Deleted answered enquiries and training-day requests past the retention period",
  "Ignored a repeated delivery",
  "Refused a request",
  "A listener failed",
  "Could not tell the user about an error",
  "Could not send a confirmation request",
  "Could not tell a trainee about it",
  "Could not refresh an App Home",
  "Could not show an application in the subcommittee channel",
  "Handling a Slack request",
  "Encrypted free text stored before encryption was on",
] as const;

/** Fixed messages of Slack's SDKs (Bolt, web-api, socket-mode) that carry no request data. */
const SDK_MESSAGES = [
  "initialized",
  "http response received",
  "http request failed",
  "Request arguments contain binary data",
  "The logLevel given to WebClient was ignored as you also gave logger",
  "The logLevel given to Socket Mode was ignored as you also gave logger",
  "adding Developer Mode custom OAuth failure handler",
  "Initializing SocketModeReceiver",
  "Initializing HTTPReceiver",
  "Could not determine the type of an incoming event. No listeners will be called.",
  "Authorization of incoming event did not succeed. No listeners will be called.",
  "stored response sent",
  "An unhandled error occurred after ack() called in a listener",
  "An unhandled error occurred while Bolt processed an event",
  "An incoming event was not acknowledged within 3 seconds. Ensure that the ack() argument is called in a listener.",
  "No conversation ID for incoming event",
  "ack() has already been called. Additional calls will be ignored and may lead to errors in other receivers.",
  "Initiating new WebSocket connection.",
  "WebSocket open event received (connection established)!",
  "Terminating WebSocket (close frame received).",
  "Terminating WebSocket (close frame sent but no response, force-terminating).",
  "Sending close frame (status=1000).",
  "Peer did not complete the close handshake in time; forcing cleanup.",
  "WebSocket already disconnected, flushing remainder.",
  "isActive(): websocket not instantiated!",
  "WebSocket not available, skipping ping.",
  "Started monitoring pings to and pongs from Slack.",
  "The Socket Mode client has successfully initialized",
  "Starting Socket Mode session ...",
  "Manually disconnecting this Socket Mode client",
  "Client shutting down, will not attempt reconnect.",
  "Continuing with reconnect...",
  "Going to retrieve a new WSS URL ...",
  "Unexpected binary message received, ignoring.",
  "Failed to send a message as the client is not connected",
  "Failed to send a message as the client has no active connection",
] as const;

export const KNOWN_MESSAGES: ReadonlySet<string> = new Set<string>([
  ...OWN_MESSAGES,
  ...SDK_MESSAGES,
]);

/** Messages with variable parts that can only be method names, codes, numbers or states. */
export const KNOWN_TEMPLATES: readonly RegExp[] = [
  // The bot's own, from src/main.ts.
  /^Balint Pathway is listening on port \d+ \(POST \/slack\/events, GET \/healthz\)$/,
  /^Received SIG[A-Z]+: finishing requests in flight, then stopping$/,
  /^[A-Z]\w*Error$/,
  /^apiCall\('[\w.]+'\) (start|end)$/,
  /^[\w.]+\(\) (start|end)$/,
  /^http request url: https?:\/\/[\w.:-]+(\/[\w.-]*)*$/,
  /^API Call failed due to rate limiting\. Will retry in \d+ seconds\.$/,
  /^Slack API error: [a-z_]+$/,
  /^Rate limited, retry after \d+s$/,
  /^HTTP error \d{3}: [A-Za-z ]{0,40}$/,
  /^An API error occurred: [a-z_]+$/,
  /^(Starting|Completed) authorize\(\) execution \(source: [\w ]+\)$/,
  /^isActive\(\): websocket ready state is [A-Z]+$/,
  /^send\(\) method was called \(WebSocket state: [a-z]+\)$/,
  /^Before trying to reconnect, this client will wait for \d+ milliseconds$/,
  /^A p[io]ng wasn't received from the server before the timeout of \d+ms!$/,
  /^WebSocket close frame received \(code: \d+, reason: \)$/,
  /^Listening for HTTP requests on port \d+$/,
  /^Request body exceeded the maximum allowed size \(limit: \d+ bytes\)$/,
  // Infrastructure failures whose text names no data: SQLite locks, network errors, timeouts.
  /^(SQLITE_[A-Z_]+: )?database is (locked|busy)$/,
  /^(connect|read|write|getaddrinfo) E[A-Z]+( [\w.:[\]-]+)?$/,
  /^(fetch failed|socket hang up|The operation was aborted due to timeout)$/,
  // Warnings Slack returns in response_metadata, such as "missing_charset".
  /^[a-z]+(_[a-z]+)+$/,
  // web-api's advice about a missing `text` or a float thread_ts: fixed text around a method name.
  /^The top-level `text` argument is missing in the request payload for a [\w.]+ call - [^{}"<>@]*$/,
  /^Additionally, the attachment-level `fallback` argument is missing in the request payload for a [\w.]+ call - [^{}"<>@]*$/,
  /^The given thread_ts value in the request payload for a [\w.]+ call is a float value\. We highly recommend using a string value instead\.$/,
];

/**
 * Messages whose start is fixed but whose rest may carry request data (bodies, payloads, view
 * state, error text): the start is kept and the rest replaced by "[redacted]".
 */
export const KNOWN_PREFIXES: readonly string[] = [
  "http request body: ",
  "http request headers: ",
  "http request result: ",
  "Error details: ",
  "ack() call begins ",
  "ack() response stored ",
  "ack() response sent ",
  "Signature verification error: ",
  "Invalid request signature detected ",
  "Failed to parse body as JSON data for content-type: ",
  "An unhandled HTTP request ",
  "An incoming event was not acknowledged within ",
  "Failed to parse and verify the request data: ",
  "Failed to parse the request body: ",
  "Malformed request body: ",
  "Unhandled HTTP request ",
  "An unexpected error occurred during a request ",
  "An unhandled error occurred while Bolt processed ",
  "An unhandled error occurred while Bolt processed a request to the installation path ",
  "HTTPReceiver encountered an unexpected error",
  "Conversation context ",
  "Something has gone wrong in #initAuthorizeInConstructor method",
  "Received a message on the WebSocket: ",
  "Sending a WebSocket message: ",
  "Calling ack() - type: ",
  "Unable to parse an incoming WebSocket message",
  "WebSocket error occurred: ",
  "WebSocket error! ",
  "WebSocket close frame received ",
  "WebSocket received ping from Slack server ",
  "WebSocket received pong from Slack server ",
  "Sent ping to Slack: ",
  "Failed to send ping to Slack ",
  "Failed to retrieve a new WSS URL ",
  "Failed to send a WebSocket message ",
  "Expected ErrorEvent but received ",
  "Expected MessageEvent but received ",
  "Expected CloseEvent but received ",
  'Received "',
  "[NODE-CRON] ",
];
