// The container's HEALTHCHECK: GET /healthz on HEALTH_PORT (Socket Mode) or PORT (HTTP mode).
// Exits 0 on 200 and 1 otherwise, printing why. Plain JavaScript: it runs every 30 s.
const HEALTH_PATH = "/healthz";
const port = process.env.HEALTH_PORT || process.env.PORT || "3000";
if (!/^\d{1,5}$/.test(port)) {
  console.error(`Not a port number: ${port}`);
  process.exit(1);
}
const url = `http://127.0.0.1:${port}${HEALTH_PATH}`;
try {
  const response = await fetch(url, { signal: AbortSignal.timeout(4000) });
  const body = await response.text();
  console.log(`${url}: ${response.status} ${body}`);
  process.exit(response.status === 200 ? 0 : 1);
} catch (error) {
  console.error(`${url}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
