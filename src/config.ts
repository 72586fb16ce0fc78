import { validate } from "node-cron";
import { z } from "zod";
import { DEFAULT_DATABASE_URL } from "./db/database-url.ts";

const channelId = (whose: string) =>
  z
    .string({ error: `is required: ${whose} channel id, like C0123ABCD` })
    .trim()
    .regex(/^[CG][A-Z0-9]+$/, "should be a Slack channel id, like C0123ABCD");

const cronExpression = (fallback: string) =>
  optionalText.pipe(
    z
      .string()
      .refine(validate, 'should be a cron expression such as "0 9 * * 1" (Mondays 09:00)')
      .default(fallback),
  );

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const configSchema = z.object({
  SLACK_BOT_TOKEN: z
    .string({ error: "is required: the bot token (xoxb-…) from OAuth & Permissions" })
    .trim()
    .startsWith("xoxb-", "should be a bot token starting with xoxb-"),
  SLACK_SIGNING_SECRET: z
    .string({ error: "is required: the signing secret from Basic Information" })
    .trim()
    .min(8, "should be the signing secret from Basic Information"),
  SLACK_APP_TOKEN: optionalText.pipe(
    z.string().startsWith("xapp-", "should be an app-level token starting with xapp-").optional(),
  ),
  SLACK_API_URL: optionalText.pipe(
    z
      .url({ error: "should be a URL such as https://slack.com/api/" })
      .transform((url) => (url.endsWith("/") ? url : `${url}/`))
      .optional(),
  ),
  PORT: optionalText
    .pipe(
      z
        .string()
        .regex(/^\d{1,5}$/, "should be a port number such as 3000")
        .transform(Number)
        .refine((port) => port <= 65535, "should be a port number between 0 and 65535")
        .optional(),
    )
    .transform((port) => port ?? 3000),
  DATABASE_URL: optionalText.pipe(
    z
      .string()
      .startsWith("file:", 'should be an SQLite file URL such as "file:./data/balint-pathway.db"')
      .default(DEFAULT_DATABASE_URL),
  ),
  LEADERSHIP_CHANNEL_ID: channelId("the leadership team's"),
  SUBCOMMITTEE_CHANNEL_ID: channelId("the subcommittee's"),
  ADMIN_USER_IDS: optionalText.transform((value, ctx) => {
    const ids = (value ?? "")
      .split(",")
      .map((id) => id.trim())
      .filter(Boolean);
    const bad = ids.filter((id) => !/^[UW][A-Z0-9]+$/.test(id));
    if (bad.length > 0) {
      ctx.addIssue({
        code: "custom",
        message: `should be comma-separated Slack user ids like U0123ABCD; not valid: ${bad.join(", ")}`,
      });
    }
    return ids;
  }),
  TIMEZONE: optionalText.pipe(
    z
      .string()
      .refine(isTimeZone, "should be an IANA time zone such as Europe/London")
      .default("Europe/London"),
  ),
  DIGEST_CRON: cronExpression("0 9 * * 1"),
  REMINDERS_CRON: cronExpression("0 10 * * *"),
  BACKUP_CRON: cronExpression("30 2 * * *"),
  BACKUP_DIR: optionalText.pipe(z.string().default("./data/backups")),
  SLASH_COMMAND: optionalText.pipe(
    z
      .string()
      .regex(/^\/[a-z0-9_-]+$/, "should be a slash command such as /balint")
      .default("/balint"),
  ),
  LOG_LEVEL: optionalText.pipe(z.enum(["debug", "info", "warn", "error"]).default("info")),
});

export type Config = z.infer<typeof configSchema>;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(
      `The bot cannot start: fix these environment variables (see .env.example):\n${problems.map((p) => `  - ${p}`).join("\n")}`,
    );
    this.name = "ConfigError";
    this.problems = problems;
  }
}

/** Parses the environment once. Throws ConfigError naming every missing or bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const result = configSchema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? "environment");
    const present = env[name] !== undefined && env[name] !== "";
    const message =
      !present && issue.code === "invalid_type"
        ? issue.message
        : issue.message.replace(/^is required: /, "");
    return `${name} ${message}`;
  });
  throw new ConfigError(problems);
}
