import http from "node:http";
import https from "node:https";
import type { FetchFunction } from "@slack/web-api";

/** What the Slack SDKs read of an answer (a subset of `fetch`'s Response). */
type FetchResponse = Awaited<ReturnType<FetchFunction>>;

/**
 * Idle connections to Slack are kept for reuse this long. Slack's end may close one sooner, even
 * as a call goes out on it: that call is sent once more on a new connection.
 */
const IDLE_MS = 4_000;

/** HTTP(S)_PROXY and NO_PROXY, when NODE_USE_ENV_PROXY=1 asks for them, as Node's fetch does. */
const proxyEnv = process.env.NODE_USE_ENV_PROXY === "1" ? { proxyEnv: process.env } : {};

const agents: Record<string, http.Agent> = {
  "http:": new http.Agent({ keepAlive: true, timeout: IDLE_MS, ...proxyEnv }),
  "https:": new https.Agent({ keepAlive: true, timeout: IDLE_MS, ...proxyEnv }),
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
  const signal = init.signal ?? AbortSignal.timeout(limitMs);
  const transport = target.protocol === "https:" ? https : http;
  const send = (again: boolean): ReturnType<FetchFunction> =>
    new Promise((resolve, reject) => {
      // As fetch does: a call cut short by its signal fails with the signal's reason.
      const fail = (error: unknown) => reject(signal.aborted ? signal.reason : error);
      const request = transport.request(
        target,
        { method: init.method ?? "GET", headers, agent, signal },
        (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("error", fail);
          response.on("end", () => resolve(readResponse(target, response, Buffer.concat(chunks))));
        },
      );
      request.on("error", (error: NodeJS.ErrnoException) => {
        // A kept connection the other end closed as this call went out, before any answer (an
        // answer cut short fails on the response instead): sent once more, on a new connection,
        // as Node advises for keep-alive agents.
        const closedUnder = error.code === "ECONNRESET" || error.code === "EPIPE";
        if (again || !request.reusedSocket || !closedUnder || signal.aborted) fail(error);
        else resolve(send(true));
      });
      request.end(body);
    });
  return send(false);
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
