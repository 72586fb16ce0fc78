import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ErrorCode, WebClient } from "@slack/web-api";
import { afterEach, describe, expect, it } from "vitest";
import { fetchOverHttp, slackFetch } from "../../src/slack/slack-fetch.ts";

interface Received {
  method: string | undefined;
  url: string | undefined;
  headers: IncomingMessage["headers"];
  body: string;
  remotePort: number | undefined;
}

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

/** A real HTTP server on loopback that answers with `answer` and records what it received. */
async function serve(answer: (request: Received, response: ServerResponse) => void) {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const seen = {
        method: request.method,
        url: request.url,
        headers: request.headers,
        body: Buffer.concat(chunks).toString("utf8"),
        remotePort: request.socket.remotePort,
      };
      received.push(seen);
      answer(seen, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
}

const json = (response: ServerResponse, status: number, body: unknown, headers = {}) => {
  response.writeHead(status, { "content-type": "application/json", ...headers });
  response.end(JSON.stringify(body));
};

describe("reaching Slack over Node's HTTP client", () => {
  it("sends the method, headers and text body, and reads the answer", async () => {
    const server = await serve((_, response) =>
      json(
        response,
        200,
        { ok: true, ts: "1.2" },
        { "X-OAuth-Scopes": "chat:write, im:write", "Set-Cookie": ["a=1", "b=2"] },
      ),
    );
    const response = await slackFetch(`${server.url}/api/chat.postMessage`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Bearer x" },
      body: '{"text":"café ✓"}',
    });
    expect(server.received[0]).toMatchObject({
      method: "POST",
      url: "/api/chat.postMessage",
      body: '{"text":"café ✓"}',
      headers: { "content-length": "20", authorization: "Bearer x" },
    });
    expect(response.ok).toBe(true);
    expect(response.status).toBe(200);
    expect(response.url).toBe(`${server.url}/api/chat.postMessage`);
    expect(response.headers.get("x-oauth-scopes")).toBe("chat:write, im:write");
    expect(response.headers.get("Content-Type")).toBe("application/json");
    expect(response.headers.get("set-cookie")).toBe("a=1, b=2");
    expect(response.headers.get("retry-after")).toBeNull();
    expect(Object.fromEntries(response.headers.entries())).toMatchObject({
      "content-type": "application/json",
    });
    expect(await response.json()).toEqual({ ok: true, ts: "1.2" });
  });

  it("passes a failing status on as an answer, with its text", async () => {
    const server = await serve((_, response) => {
      response.writeHead(503, "Service Unavailable");
      response.end("down for maintenance");
    });
    const response = await slackFetch(`${server.url}/api/x`, { method: "POST", body: "" });
    expect(response.ok).toBe(false);
    expect(response.status).toBe(503);
    expect(response.statusText).toBe("Service Unavailable");
    expect(await response.text()).toBe("down for maintenance");
  });

  it("gives the body as bytes too", async () => {
    const server = await serve((_, response) => {
      response.writeHead(200);
      response.end(Buffer.from([1, 2, 255]));
    });
    const response = await slackFetch(`${server.url}/file`);
    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([1, 2, 255]);
  });

  it("keeps the connection open for the next call", async () => {
    const server = await serve((_, response) => json(response, 200, { ok: true }));
    for (let i = 0; i < 3; i++) {
      await (await slackFetch(`${server.url}/api/x`, { method: "POST", body: "a=1" })).json();
    }
    expect(new Set(server.received.map((seen) => seen.remotePort)).size).toBe(1);
  });

  it("sends a call once more when its kept connection is closed under it, unanswered", async () => {
    const server = await serve((_, response) => {
      if (server.received.length === 2) response.socket?.destroy();
      else json(response, 200, { ok: true, call: server.received.length });
    });
    const post = () => slackFetch(`${server.url}/api/x`, { method: "POST", body: "a=1" });
    await (await post()).json();
    expect(await (await post()).json()).toEqual({ ok: true, call: 3 });
    const ports = server.received.map((seen) => seen.remotePort);
    expect(ports[1]).toBe(ports[0]);
    expect(ports[2]).not.toBe(ports[1]);
  });

  it("does not send again once an answer has begun", async () => {
    const server = await serve((_, response) => {
      if (server.received.length === 1) return json(response, 200, { ok: true });
      response.writeHead(200, { "content-type": "application/json", "content-length": "100" });
      response.write('{"ok":');
      setTimeout(() => response.socket?.destroy(), 20);
    });
    const post = () => slackFetch(`${server.url}/api/x`, { method: "POST", body: "a=1" });
    await (await post()).json();
    await expect(post()).rejects.toMatchObject({ code: "ECONNRESET" });
    expect(server.received).toHaveLength(2);
  });

  it("does not send again when a new connection fails", async () => {
    const server = await serve((_, response) => response.socket?.destroy());
    await expect(
      slackFetch(`${server.url}/api/x`, { method: "POST", body: "a=1" }),
    ).rejects.toMatchObject({ code: "ECONNRESET" });
    expect(server.received).toHaveLength(1);
  });

  it("gives up when the caller's signal fires before Slack answers, with its reason, as fetch does", async () => {
    const server = await serve(() => {
      // Never answers.
    });
    await expect(
      slackFetch(`${server.url}/api/x`, {
        method: "POST",
        body: "a=1",
        signal: AbortSignal.timeout(50),
      }),
    ).rejects.toMatchObject({
      name: "TimeoutError",
      message: "The operation was aborted due to timeout",
    });
  });

  it("gives up on a call without a signal of its own after the limit", async () => {
    const server = await serve(() => {
      // Never answers.
    });
    await expect(
      fetchOverHttp(`${server.url}/respond`, { method: "POST", body: "{}" }, 50),
    ).rejects.toMatchObject({ name: "TimeoutError" });
  });

  it("sends a file upload's form through the platform's fetch", async () => {
    const server = await serve((_, response) => json(response, 200, { ok: true }));
    const form = new FormData();
    form.append("filename", "report.pdf");
    const response = await slackFetch(`${server.url}/upload`, { method: "POST", body: form });
    expect(response.status).toBe(200);
    expect(server.received[0]?.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(server.received[0]?.body).toContain('name="filename"');
  });
});

describe("the Web API client over it", () => {
  const clientFor = (url: string) =>
    new WebClient("xoxb-test", {
      slackApiUrl: `${url}/api/`,
      fetch: slackFetch,
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
    });

  it("reads Slack's answer and its errors as with the built-in fetch", async () => {
    const server = await serve((seen, response) =>
      seen.url?.endsWith("auth.test")
        ? json(response, 200, { ok: true, user_id: "U0BOT" })
        : json(response, 200, { ok: false, error: "channel_not_found" }),
    );
    const client = clientFor(server.url);
    expect(await client.auth.test()).toMatchObject({ ok: true, user_id: "U0BOT" });
    await expect(client.chat.postMessage({ channel: "C1", text: "hi" })).rejects.toMatchObject({
      code: ErrorCode.PlatformError,
      data: { error: "channel_not_found" },
    });
    expect(server.received[1]?.body).toBe("channel=C1&text=hi");
  });

  it("reads a rate limit's Retry-After", async () => {
    const server = await serve((_, response) =>
      json(response, 429, { ok: false, error: "ratelimited" }, { "Retry-After": "7" }),
    );
    await expect(clientFor(server.url).auth.test()).rejects.toMatchObject({
      code: ErrorCode.RateLimitedError,
      retryAfter: 7,
    });
  });

  it("reports an outage as an HTTP error", async () => {
    const server = await serve((_, response) => {
      response.writeHead(500);
      response.end("oops");
    });
    await expect(clientFor(server.url).auth.test()).rejects.toMatchObject({
      code: ErrorCode.HTTPError,
      statusCode: 500,
    });
  });
});
