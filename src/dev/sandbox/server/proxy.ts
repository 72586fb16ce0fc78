import type { IncomingMessage, ServerResponse } from "node:http";

const FORWARDED_HEADERS = [
  "content-type",
  "authorization",
  "x-slack-signature",
  "x-slack-request-timestamp",
];

/** Passes a request on to a loopback server (the bot or the emulator) and its answer back. */
export async function forward(
  req: IncomingMessage,
  body: string,
  res: ServerResponse,
  targetBase: string,
): Promise<void> {
  const headers: Record<string, string> = {};
  for (const name of FORWARDED_HEADERS) {
    const value = req.headers[name];
    if (typeof value === "string") headers[name] = value;
  }
  const method = req.method ?? "GET";
  const answer = await fetch(`${targetBase}${req.url ?? "/"}`, {
    method,
    headers,
    ...(method === "GET" || method === "HEAD" ? {} : { body }),
  });
  res.writeHead(answer.status, {
    "content-type": answer.headers.get("content-type") ?? "text/plain; charset=utf-8",
  });
  res.end(Buffer.from(await answer.arrayBuffer()));
}
