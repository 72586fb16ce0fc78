import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/logger.ts";
import { KNOWN_MESSAGES } from "../../src/logging/known-messages.ts";
import { REDACTED, safeMessage, safeValue } from "../../src/logging/redact.ts";
import { runAsRequest } from "../../src/logging/request-context.ts";

function capture(level: "debug" | "info" | "warn" | "error" = "debug") {
  const lines: string[] = [];
  const logger = createLogger(level, (line) => lines.push(line));
  const parsed = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  return { logger, lines, parsed };
}

const CANARY = "CANARY-note-7f3a Mrs Example felt unheard";

describe("the logger", () => {
  it("writes one JSON line with time, level, name and message", () => {
    const { logger, parsed } = capture("info");
    logger.info("Posted the digest", { pending: 2, requested: true });
    const [line] = parsed();
    expect(line).toMatchObject({
      level: "info",
      name: "balint-pathway",
      msg: "Posted the digest",
      data: { pending: 2, requested: true },
    });
    expect(Date.parse(String(line?.time))).not.toBeNaN();
  });

  it("keeps LOG_LEVEL: lines below the level are dropped; setLevel and getLevel work", () => {
    const { logger, lines } = capture("warn");
    logger.info("Posted the digest");
    expect(lines).toHaveLength(0);
    expect(logger.getLevel()).toBe("warn");
    logger.setLevel("debug" as never);
    logger.debug("Posted the digest");
    expect(lines).toHaveLength(1);
    expect(logger.getLevel()).toBe("debug");
  });

  it("tags every line of a request, and of the work it starts later, with the request's id", async () => {
    const { logger, parsed } = capture();
    logger.info("Posted the digest");
    await runAsRequest(async () => {
      logger.info("Refused a request");
      await new Promise<void>((resolve) =>
        setTimeout(() => {
          logger.info("Could not refresh an App Home");
          resolve();
        }, 5),
      );
    }, "req-1");
    await runAsRequest(async () => logger.info("Refused a request"), "req-2");
    expect(parsed().map((line) => line.requestId)).toEqual([undefined, "req-1", "req-1", "req-2"]);
  });

  it("never writes free text, whichever argument carries it", () => {
    const { logger, lines } = capture();
    const error = new Error(`Invalid prisma.activityEntry.create() invocation: note: "${CANARY}"`);
    logger.debug(CANARY);
    logger.debug(`http request body: {"text":"${CANARY}"}`);
    logger.debug(`Received a message on the WebSocket: {"payload":{"text":"${CANARY}"}}`);
    logger.info("Refused a request", { note: CANARY, code: CANARY, nested: [{ text: CANARY }] });
    logger.error("A listener failed", {
      error: String(error),
      message: error.message,
      stack: error.stack,
    });
    logger.error(error);
    logger.warn({ view: { state: { values: { note: { note: { value: CANARY } } } } } });
    expect(lines).toHaveLength(7);
    for (const line of lines) expect(line).not.toContain("CANARY");
    expect(lines[1]).toContain(`"msg":"http request body: ${REDACTED}"`);
  });
});

describe("what the redaction keeps", () => {
  it("keeps known messages and SDK templates, cuts known prefixes, redacts the rest", () => {
    expect(safeMessage("Posted the digest")).toBe("Posted the digest");
    expect(safeMessage("apiCall('chat.postMessage') start")).toBe(
      "apiCall('chat.postMessage') start",
    );
    expect(safeMessage("http request url: http://127.0.0.1:4000/api/chat.postMessage")).toContain(
      "chat.postMessage",
    );
    expect(safeMessage("Slack API error: not_in_channel")).toBe("Slack API error: not_in_channel");
    expect(safeMessage("Error: An API error occurred: channel_not_found")).toBe(
      "Error: An API error occurred: channel_not_found",
    );
    expect(safeMessage("http request result: {}")).toBe(`http request result: ${REDACTED}`);
    expect(safeMessage("Quiet group today")).toBe(REDACTED);
    expect(safeMessage("TypeError: cannot read note Quiet group")).toBe(`TypeError: ${REDACTED}`);
  });

  it("keeps numbers, booleans, dates and identifiers under known keys; redacts other strings", () => {
    expect(
      safeValue(
        {
          entryId: 4,
          ok: false,
          due: new Date("2026-11-30T09:00:00Z"),
          job: "digest",
          period: "2026-W48",
          userId: "U0TRAINEE",
          code: "has spaces so not an id",
          note: "x",
        },
        "data",
      ),
    ).toEqual({
      entryId: 4,
      ok: false,
      due: "2026-11-30T09:00:00.000Z",
      job: "digest",
      period: "2026-W48",
      userId: "U0TRAINEE",
      code: REDACTED,
      note: REDACTED,
    });
  });

  it("keeps an error's name, Slack code and stack frames, but not an unknown message", () => {
    const error = Object.assign(new Error("note was Quiet group"), {
      data: { error: "not_in_channel" },
    });
    const kept = safeValue(error, "data") as Record<string, unknown>;
    expect(kept).toMatchObject({ error: "Error", message: REDACTED, slackError: "not_in_channel" });
    expect(String(kept.stack)).toMatch(/^at /);
    expect(String(kept.stack)).not.toContain("Quiet");
  });
});

describe("the bot's own log messages", () => {
  it("are all known, so none is redacted by accident", () => {
    const files = readdirSync("src", { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".ts") && !file.startsWith("generated"))
      .map((file) => path.join("src", file));
    const messages = files.flatMap((file) =>
      [
        ...readFileSync(file, "utf8").matchAll(
          /logger\.(?:debug|info|warn|error)\(\s*"((?:[^"\\]|\\.)*)"/g,
        ),
      ].map((match) => ({ file, message: match[1] })),
    );
    expect(messages.length).toBeGreaterThan(15);
    expect(messages.filter(({ message }) => !KNOWN_MESSAGES.has(String(message)))).toEqual([]);
  });
});
