import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
} from "node:http";
import type { HttpAnswer } from "./methods/index.ts";

export interface IncomingRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  rawBody: string;
  /** The body as sent, for binary uploads. */
  bytes: Buffer;
}

export type RequestHandler = (request: IncomingRequest) => HttpAnswer | Promise<HttpAnswer>;

export interface RunningServer {
  /** e.g. "http://127.0.0.1:54321", without a trailing slash. */
  baseUrl: string;
  /** The Node server, for WebSocket upgrades. */
  httpServer: Server;
  close(): Promise<void>;
}

/** A small JSON HTTP server; every answer is JSON, handler crashes become Slack's fatal_error. */
export async function startHttpServer(
  handler: RequestHandler,
  options: { port?: number; host?: string } = {},
): Promise<RunningServer> {
  const host = options.host ?? "127.0.0.1";
  const server = createServer((req, res) => {
    readBody(req)
      .then((bytes) => {
        const url = new URL(req.url ?? "/", "http://emulator.invalid");
        return handler({
          method: req.method ?? "GET",
          path: url.pathname,
          query: url.searchParams,
          headers: req.headers,
          rawBody: bytes.toString("utf8"),
          bytes,
        });
      })
      .catch((error: unknown): HttpAnswer => {
        const message = error instanceof Error ? error.message : String(error);
        return { status: 500, headers: {}, body: { ok: false, error: "fatal_error", message } };
      })
      .then((answer) => {
        res.writeHead(answer.status, {
          "content-type": "application/json; charset=utf-8",
          ...answer.headers,
        });
        res.end(typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body));
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("emulator: no TCP port");
  const { port } = address;
  const urlHost = host.includes(":") ? `[${host}]` : host;
  return {
    baseUrl: `http://${urlHost}:${port}`,
    httpServer: server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}
