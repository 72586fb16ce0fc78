import { createServer, type ServerResponse } from "node:http";
import type { ServiceContext } from "../services/context.ts";
import { checkDatabase } from "../services/health/check-database.ts";
import type { SocketConnection } from "./socket-mode.ts";

export interface HealthReport {
  ok: boolean;
  database: "reachable" | "unreachable";
  /** Socket Mode only. */
  socket?: "connected" | "disconnected";
}

/** Healthy when the database answers and, in Socket Mode, the socket to Slack is connected. */
export async function checkHealth(
  ctx: ServiceContext,
  socket: SocketConnection | undefined,
): Promise<HealthReport> {
  const database = (await checkDatabase(ctx)) ? "reachable" : "unreachable";
  if (!socket) return { ok: database === "reachable", database };
  const connected = socket.isConnected ? "connected" : "disconnected";
  return {
    ok: database === "reachable" && connected === "connected",
    database,
    socket: connected,
  };
}

/** 200 with the report when healthy, 503 with it when not. */
export function writeHealth(res: ServerResponse, report: HealthReport): void {
  res.writeHead(report.ok ? 200 : 503, { "content-type": "application/json" });
  res.end(JSON.stringify(report));
}

export interface HealthServer {
  port: number;
  close: () => Promise<void>;
}

/** A small HTTP server for HEALTH_PORT: `GET /healthz` and nothing else. */
export async function startHealthServer(
  check: () => Promise<HealthReport>,
  options: { port: number; host?: string | undefined },
): Promise<HealthServer> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://health.invalid").pathname;
    if (path !== "/healthz" || (req.method !== "GET" && req.method !== "HEAD")) {
      res.writeHead(404).end();
      return;
    }
    void check().then((report) => writeHealth(res, report));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address();
  const port = address && typeof address === "object" ? address.port : options.port;
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
