import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "@slack/bolt";
import { WebClient } from "@slack/web-api";
import { afterEach, describe, expect, it, vi } from "vitest";
import { handleListenerError } from "../../../src/slack/middleware/errors.ts";

let close: (() => void) | undefined;
afterEach(() => close?.());

/** A response_url that answers every post with `status`, recording the bodies posted. */
async function responseUrl(status: number) {
  const posted: string[] = [];
  const server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => {
      body += chunk.toString("utf8");
    });
    request.on("end", () => {
      posted.push(body);
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify({ ok: status === 200 }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  close = () => server.close();
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, posted };
}

const loggerSpy = () =>
  ({ info: vi.fn(), error: vi.fn() }) as unknown as Logger & {
    error: ReturnType<typeof vi.fn>;
  };

describe("telling the user that their request failed", () => {
  it("posts the friendly message to the request's response_url", async () => {
    const hook = await responseUrl(200);
    const logger = loggerSpy();
    await handleListenerError(new WebClient("xoxb-test"), "/balint", {
      error: new Error("boom"),
      logger,
      body: { response_url: hook.url, user: { id: "U1" } },
    });
    expect(hook.posted).toHaveLength(1);
    expect(JSON.parse(hook.posted[0] ?? "{}")).toMatchObject({ response_type: "ephemeral" });
    expect(logger.error).toHaveBeenCalledTimes(1);
    expect(logger.error).toHaveBeenCalledWith("A listener failed", expect.anything());
  });

  it("logs an expired response_url instead of passing over it", async () => {
    const hook = await responseUrl(404);
    const logger = loggerSpy();
    await handleListenerError(new WebClient("xoxb-test"), "/balint", {
      error: new Error("boom"),
      logger,
      body: { response_url: hook.url, user: { id: "U1" } },
    });
    expect(logger.error).toHaveBeenCalledWith("Could not tell the user about an error", {
      error: "Error: response_url answered 404",
    });
  });
});
