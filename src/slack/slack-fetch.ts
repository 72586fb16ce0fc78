import http from "node:http";
import https from "node:https";
import type { FetchFunction } from "@slack/web-api";

/** What the Slack SDKs read of an answer (a subset of `fetch`'s Response). */
type FetchResponse = Awaited<ReturnType<FetchFunction>>;

/**
 * Idle connections to Slack are kept for reuse this long; Slack's end may close them sooner,
 * and a call on a connection closed under it fails like any network error (and is retried).
 */
const IDLE_MS = 4_000;

const agents: Record<string, http.Agent> = {
  "http:": new http.Agent({ keepAlive: true, timeout: IDLE_MS }),
  "https:": new https.Agent({ keepAlive: true, timeout: IDLE_MS }),
};

/** A call whose caller set no time limit (Bolt's `respond`) gives up after this long. */
const UNBOUNDED_CALL_MS = 30_000;

/**
 * How the bot's Web API clients (and Bolt's `respond`) reach Slack: the `fetch` the Slack SDKs
 * accept, over Node's own HTTP client with connections kept open. Node's built-in `fetch`
 * costs about 0.4 ms more CPU per call, on the one event loop every acknowledgement shares (see
 * bench/run.ts), and its code more memory. A body that is not text (a file upload's form)
 * goes to the built-in `fetch`. Redirects are not followed: Slack's API does not send them.
 */
export const slackFetch: FetchFunction = (url, init = {}) =>
  fetchOverHttp(url, init, UNBOUNDED_CALL_MS);

/** `slackFetch`, giving up on a call without a signal of its own after `limitMs`. */
export const fetchOverHttp = (
  url: Parameters<FetchFunction>[0],
  init: NonNullable<Parameters<FetchFunction>[1]>,
  limitMs: number,
): ReturnType<FetchFunction> => {
  const { body } = init;
  if (body !== undefined && typeof body !== "string") return fetch(url, init);
  const target = new URL(url);
  const agent = agents[target.protocol];
  if (!agent) return Promise.reject(new TypeError(`Cannot reach ${target.protocol} URLs`));
  const headers = {
    ...init.headers,
    ...(body === undefined ? {} : { "content-length": String(Buffer.byteLength(body)) }),
  };
  return new Promise((resolve, reject) => {
    const transport = target.protocol === "https:" ? https : http;
    const request = transport.request(
      target,
      {
        method: init.method ?? "GET",
        headers,
        agent,
        signal: init.signal ?? AbortSignal.timeout(limitMs),
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", reject);
        response.on("end", () => resolve(readResponse(target, response, Buffer.concat(chunks))));
      },
    );
    request.on("error", reject);
    request.end(body);
  });
};

function readResponse(url: URL, response: http.IncomingMessage, body: Buffer): FetchResponse {
  const status = response.statusCode ?? 0;
  const header = (value: string | string[] | undefined) =>
    Array.isArray(value) ? value.join(", ") : (value ?? null);
  return {
    ok: status >= 200 && status < 300,
    status,
    statusText: response.statusMessage ?? "",
    url: url.href,
    headers: {
      get: (name: string) => header(response.headers[name.toLowerCase()]),
      entries: () =>
        Object.entries(response.headers).flatMap(([name, value]) => {
          const text = header(value);
          return text === null ? [] : [[name, text] as [string, string]];
        }),
    },
    arrayBuffer: async () => new Uint8Array(body).buffer,
    text: async () => body.toString("utf8"),
    json: async () => JSON.parse(body.toString("utf8")),
  };
}
