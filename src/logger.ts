import { type Logger, LogLevel } from "@slack/bolt";
import { pino } from "pino";
import { safeLine } from "./logging/redact.ts";
import { currentRequestId } from "./logging/request-context.ts";

/**
 * One JSON line per event (pino): time, level, the Slack request's id, the logger's name, a
 * message and data. It implements Bolt's Logger, so Bolt, the Web API client and the Socket Mode
 * client log through it too. Every call passes through `safeLine` (src/logging/redact.ts) before
 * pino sees it, so free text cannot reach a line, whoever logs it and at whatever level.
 */
export function createLogger(
  level: `${LogLevel}`,
  write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Logger {
  let name = "balint-pathway";
  const base = pino(
    {
      level,
      base: null,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => {
        const requestId = currentRequestId();
        return requestId === undefined ? { name } : { requestId, name };
      },
    },
    { write: (line: string) => write(line.endsWith("\n") ? line.slice(0, -1) : line) },
  );
  const emit = (at: LogLevel, parts: unknown[]) => {
    if (!base.isLevelEnabled(at)) return;
    const { msg, data } = safeLine(parts);
    const fields = data === undefined ? {} : { data };
    if (msg === undefined) base[at](fields);
    else base[at](fields, msg);
  };
  return {
    debug: (...parts: unknown[]) => emit(LogLevel.DEBUG, parts),
    info: (...parts: unknown[]) => emit(LogLevel.INFO, parts),
    warn: (...parts: unknown[]) => emit(LogLevel.WARN, parts),
    error: (...parts: unknown[]) => emit(LogLevel.ERROR, parts),
    setLevel: (next) => {
      base.level = next;
    },
    getLevel: () => base.level as LogLevel,
    setName: (next) => {
      name = next;
    },
  };
}
