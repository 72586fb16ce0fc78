import http from "node:http";
import type { AddressInfo } from "node:net";

export interface RoundRobinProxy {
  url: string;
  /** The replicas' ports, in turn; replace one when a replica restarts on a new port. */
  backends: number[];
  /** Requests a replica refused (it was stopping) and the next one answered. */
  readonly retried: number;
  close: () => Promise<void>;
}

/**
 * A small load balancer on loopback: each request goes to the next replica in turn; a replica
 * that refuses the connection (stopped, or restarting) is skipped for the next, as a load
 * balancer's health check would. Bodies and headers pass unchanged, so signatures still verify.
 */
export async function startRoundRobinProxy(backends: number[]): Promise<RoundRobinProxy> {
  let next = 0;
  let retried = 0;
  const forward = (port: number, req: http.IncomingMessage, body: Buffer) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>(
      (resolve, reject) => {
        const upstream = http.request(
          { host: "127.0.0.1", port, path: req.url, method: req.method, headers: req.headers },
          (res) => {
            const chunks: Buffer[] = [];
            res.on("data", (chunk: Buffer) => chunks.push(chunk));
            res.on("end", () =>
              resolve({
                status: res.statusCode ?? 502,
                headers: res.headers,
                body: Buffer.concat(chunks),
              }),
            );
            res.on("error", reject);
          },
        );
        upstream.on("error", reject);
        upstream.end(body);
      },
    );
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    for (let tries = 0; tries < proxy.backends.length * 20; tries++) {
      const port = proxy.backends[next++ % proxy.backends.length] as number;
      try {
        const answer = await forward(port, req, body);
        res.writeHead(answer.status, answer.headers).end(answer.body);
        return;
      } catch {
        // Refused or reset before an answer: the next replica takes it (Slack would retry too).
        retried += 1;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    res.writeHead(502).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const proxy: RoundRobinProxy = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    backends,
    get retried() {
      return retried;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return proxy;
}
