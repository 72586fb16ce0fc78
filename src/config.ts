import { validate } from "node-cron";
import { z } from "zod";
import { DEFAULT_DATABASE_URL } from "./db/database-url.ts";
import { decodeKey } from "./db/encryption/keyring.ts";
import { SOCIETY_IDS, type SocietyId } from "./domain/societies.ts";

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

const portNumber = (example: string) =>
  z
    .string()
    .regex(/^\d{1,5}$/, `should be a port number such as ${example}`)
    .transform(Number)
    .refine((port) => port <= 65535, "should be a port number between 0 and 65535");

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const KEY_HINT = "should be 32 random bytes in base64: make one with `npm run keys:new`";

function isKey(value: string): boolean {
  try {
    decodeKey(value);
    return true;
  } catch {
    return false;
  }
}

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
  PORT: optionalText.pipe(portNumber("3000").optional()).transform((port) => port ?? 3000),
  HEALTH_PORT: optionalText.pipe(portNumber("8080").optional()),
  DATABASE_URL: optionalText.pipe(
    z
      .string()
      .regex(
        /^(file:|postgres(ql)?:\/\/)/,
        'should be an SQLite file URL such as "file:./data/balint-pathway.db" or a PostgreSQL URL such as "postgres://user:password@host:5432/balint"',
      )
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
  SOCIETY: optionalText.pipe(
    z
      .string()
      .toLowerCase()
      .pipe(
        z.enum(SOCIETY_IDS as [SocietyId, ...SocietyId[]], {
          error: `should be one of the known societies: ${SOCIETY_IDS.join(", ")}`,
        }),
      )
      .default("bsuk"),
  ),
  LOG_LEVEL: optionalText.pipe(z.enum(["debug", "info", "warn", "error"]).default("info")),
  DATA_ENCRYPTION_KEY: z
    .string({
      error: `is required: the key that encrypts notes and other free text at rest (${KEY_HINT.replace("should be ", "")})`,
    })
    .trim()
    .refine(isKey, KEY_HINT),
  DATA_ENCRYPTION_OLD_KEYS: optionalText.transform((value, ctx) => {
    const keys = (value ?? "")
      .split(",")
      .map((key) => key.trim())
      .filter(Boolean);
    if (keys.some((key) => !isKey(key))) {
      ctx.addIssue({ code: "custom", message: `should be comma-separated keys; each ${KEY_HINT}` });
    }
    return keys;
  }),
  RETENTION_MONTHS: optionalText
    .pipe(
      z
        .string()
        .regex(/^\d{1,3}$/, "should be a whole number of months, such as 24")
        .transform(Number)
        .refine((months) => months >= 1 && months <= 600, "should be from 1 to 600 months")
        .optional(),
    )
    .transform((months) => months ?? 24),
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
  return parseWith(configSchema, env);
}

const encryptionSchema = configSchema.pick({
  DATABASE_URL: true,
  DATA_ENCRYPTION_KEY: true,
  DATA_ENCRYPTION_OLD_KEYS: true,
});

/** Only what `npm run keys:rotate` needs: the database and the keys. */
export function loadEncryptionConfig(env: NodeJS.ProcessEnv): z.infer<typeof encryptionSchema> {
  return parseWith(encryptionSchema, env);
}

function parseWith<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv): z.output<S> {
  const result = schema.safeParse(env);
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
