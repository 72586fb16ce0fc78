import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { DEMO_PEOPLE, DEMO_PEOPLE_LIST } from "../demo/demo-society.ts";
import { renderPage } from "../render/page.ts";
import { buildPageState, type PageWorld } from "./page-state.ts";
import { forward } from "./proxy.ts";
import { type RouteWorld, runAction } from "./routes.ts";

export interface SandboxServerOptions {
  world: PageWorld & RouteWorld;
  /** Where the bot (POST /slack/events, GET /healthz) and the emulator (/api/…) listen. */
  botBaseUrl: string;
  emulatorBaseUrl: string;
  script: string;
  styles: string;
}

const MAX_BODY_BYTES = 1_000_000;

export interface RunningServer {
  port: number;
  close: () => Promise<void>;
}

/**
 * The sandbox's one public port, on 127.0.0.1 only: the page, its JSON calls, and the bot and
 * the emulator behind it.
 */
export async function startSandboxServer(
  options: SandboxServerOptions,
  port: number,
): Promise<RunningServer> {
  const server = createServer((req, res) => {
    handle(options, req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: String(error) });
      else res.end();
    });
  });
  const bound = await new Promise<number>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      resolve(typeof address === "object" && address ? address.port : port);
    });
  });
  return { port: bound, close: () => closeServer(server) };
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.closeAllConnections();
    server.close((error) => (error ? reject(error) : resolve()));
  });
}

async function handle(
  options: SandboxServerOptions,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? "/", "http://sandbox.invalid");
  const path = url.pathname;
  const method = req.method ?? "GET";
  const body = await readBody(req);
  if (path === "/slack/events" || path === "/healthz") {
    return forward(req, body, res, options.botBaseUrl);
  }
  if (path.startsWith("/api/") || path.startsWith("/response_url/")) {
    return forward(req, body, res, options.emulatorBaseUrl);
  }
  const { world } = options;
  const who = knownPerson(url.searchParams.get("as"));
  const view = url.searchParams.get("view") ?? "messages";
  if (method === "GET" && path === "/") {
    const state = buildPageState(world, who, view);
    const html = renderPage({ state, people: DEMO_PEOPLE_LIST, command: world.command });
    return send(res, 200, "text/html; charset=utf-8", html);
  }
  if (method === "GET" && path === "/sandbox/state") {
    return sendJson(res, 200, buildPageState(world, who, view));
  }
  if (method === "GET" && path === "/sandbox/app.js") {
    return send(res, 200, "text/javascript; charset=utf-8", options.script);
  }
  if (method === "GET" && path === "/sandbox/style.css") {
    return send(res, 200, "text/css; charset=utf-8", options.styles);
  }
  if (method === "GET" && path.startsWith(FILES_PATH)) {
    return sendFile(res, world, decodeURIComponent(path.slice(FILES_PATH.length)));
  }
  if (method === "POST" && path.startsWith("/sandbox/")) {
    const outcome = await runAction(world, path.slice("/sandbox/".length), parseJson(body));
    return sendJson(res, 200, outcome);
  }
  send(res, 404, "text/plain; charset=utf-8", "Not found");
}

const FILES_PATH = "/sandbox/files/";
const FILE_TYPES: Readonly<Record<string, string>> = {
  pdf: "application/pdf",
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8",
};

/** A file the bot shared (files.uploadV2), as a download. */
function sendFile(res: ServerResponse, world: RouteWorld, fileId: string): void {
  const file = world.emulator.file(fileId);
  if (!file) {
    send(res, 404, "text/plain; charset=utf-8", "No such file");
    return;
  }
  const extension = file.name.split(".").at(-1)?.toLowerCase() ?? "";
  res.writeHead(200, {
    "content-type": FILE_TYPES[extension] ?? "application/octet-stream",
    "content-disposition": `attachment; filename="${file.name.replace(/[^\w.-]/g, "_")}"`,
    "content-length": String(file.bytes.length),
  });
  res.end(file.bytes);
}

function knownPerson(id: string | null): string {
  return DEMO_PEOPLE_LIST.find((person) => person.id === id)?.id ?? DEMO_PEOPLE.trainee.id;
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) req.destroy(new Error("Request body too large"));
      else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function send(res: ServerResponse, status: number, type: string, text: string): void {
  res.writeHead(status, { "content-type": type, "cache-control": "no-store" });
  res.end(text);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, "application/json; charset=utf-8", JSON.stringify(value));
}
