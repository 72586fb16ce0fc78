import { type Logger, LogLevel } from "@slack/bolt";

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/**
 * One JSON line per event. It implements Bolt's Logger, so Bolt's own messages arrive here too.
 * Callers pass facts, never note or report text.
 */
export function createLogger(
  level: `${LogLevel}`,
  write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Logger {
  let current = level as LogLevel;
  let name = "balint-pathway";
  const emit = (at: LogLevel, parts: unknown[]) => {
    if (ORDER[at] < ORDER[current]) return;
    const [first, ...rest] = parts;
    const message = typeof first === "string" ? first : undefined;
    const fields = (message === undefined ? parts : rest).map(describe);
    write(
      JSON.stringify({
        level: at,
        name,
        msg: message,
        ...(fields.length ? { data: fields.length === 1 ? fields[0] : fields } : {}),
      }),
    );
  };
  return {
    debug: (...parts: unknown[]) => emit(LogLevel.DEBUG, parts),
    info: (...parts: unknown[]) => emit(LogLevel.INFO, parts),
    warn: (...parts: unknown[]) => emit(LogLevel.WARN, parts),
    error: (...parts: unknown[]) => emit(LogLevel.ERROR, parts),
    setLevel: (next) => {
      current = next;
    },
    getLevel: () => current,
    setName: (next) => {
      name = next;
    },
  };
}

function describe(value: unknown): unknown {
  if (value instanceof Error) {
    return { error: value.name, message: value.message, stack: value.stack };
  }
  return value;
}
