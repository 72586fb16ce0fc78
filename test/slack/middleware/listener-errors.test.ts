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

/** A listener fails on a request whose response_url answers `status`. */
async function failWithResponseUrl(status: number) {
  const hook = await responseUrl(status);
  const logger = { info: vi.fn(), error: vi.fn() };
  await handleListenerError(new WebClient("xoxb-test"), "/balint", {
    error: new Error("boom"),
    logger: logger as unknown as Logger,
    body: { response_url: hook.url, user: { id: "U1" } },
  });
  return { posted: hook.posted, logger };
}

describe("telling the user that their request failed", () => {
  it("posts the friendly message to the request's response_url", async () => {
    const { posted, logger } = await failWithResponseUrl(200);
    expect(posted).toHaveLength(1);
    expect(JSON.parse(posted[0] ?? "{}")).toMatchObject({ response_type: "ephemeral" });
    expect(logger.error).toHaveBeenCalledTimes(1);
    expect(logger.error).toHaveBeenCalledWith("A listener failed", expect.anything());
  });

  it("logs an expired response_url instead of passing over it", async () => {
    const { logger } = await failWithResponseUrl(404);
    expect(logger.error).toHaveBeenCalledWith("Could not tell the user about an error", {
      error: "Error: response_url answered 404",
    });
  });
});
