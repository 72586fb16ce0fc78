import { existsSync } from "node:fs";
import { startBot } from "./bot.ts";
import { ConfigError, loadConfig } from "./config.ts";
import { createLogger } from "./logger.ts";

/** Composition root: environment → database → Slack app → listeners → scheduled jobs. */
async function main(): Promise<void> {
  // Variables already set win over the file.
  if (existsSync(".env")) process.loadEnvFile(".env");
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
  const logger = createLogger(config.LOG_LEVEL);
  const bot = await startBot({ config, logger }).catch((error: unknown) => {
    process.stderr.write(
      `The bot could not start.\n${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  });
  logger.info(
    bot.port === undefined
      ? "Balint Pathway is running in Socket Mode"
      : `Balint Pathway is listening on port ${bot.port} (POST /slack/events, GET /healthz)`,
  );
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`Received ${signal}: finishing requests in flight, then stopping`);
    bot.stop().then(
      () => {
        logger.info("Stopped");
        process.exit(0);
      },
      (error: unknown) => {
        logger.error("Shutdown failed", error);
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
}

await main();
