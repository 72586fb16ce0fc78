import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, expect, it, vi } from "vitest";

let close: (() => void) | undefined;
afterEach(() => {
  close?.();
  vi.unstubAllEnvs();
  vi.resetModules();
});

it("goes through HTTP_PROXY when NODE_USE_ENV_PROXY=1 asks for it, as Node's fetch does", async () => {
  const asked: (string | undefined)[] = [];
  const proxy = createServer((request, response) => {
    asked.push(request.url);
    request.resume();
    request.on("end", () => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify({ ok: true }));
    });
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  close = () => proxy.close();
  vi.stubEnv("NODE_USE_ENV_PROXY", "1");
  vi.stubEnv("HTTP_PROXY", `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`);
  vi.stubEnv("NO_PROXY", "");
  vi.resetModules();
  const { slackFetch } = await import("../../src/slack/slack-fetch.ts");
  const response = await slackFetch("http://slack.invalid/api/auth.test", {
    method: "POST",
    body: "",
  });
  expect(await response.json()).toEqual({ ok: true });
  expect(asked).toEqual(["http://slack.invalid/api/auth.test"]);
});
