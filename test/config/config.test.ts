import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.ts";

const valid = {
  SLACK_BOT_TOKEN: "xoxb-123",
  SLACK_SIGNING_SECRET: "0123456789abcdef",
  LEADERSHIP_CHANNEL_ID: "C0LEAD",
  SUBCOMMITTEE_CHANNEL_ID: "C0SUB",
  DATA_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
};

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe("the environment", () => {
  it("applies the documented defaults", () => {
    const config = loadConfig(valid);
    expect(config.SLACK_APP_TOKEN).toBeUndefined();
    expect(config.SLACK_API_URL).toBeUndefined();
    expect(config).toMatchObject({
      PORT: 3000,
      DATABASE_URL: "file:./data/balint-pathway.db",
      ADMIN_USER_IDS: [],
      TIMEZONE: "Europe/London",
      DIGEST_CRON: "0 9 * * 1",
      SLASH_COMMAND: "/balint",
      SOCIETY: "bsuk",
      DATA_ENCRYPTION_OLD_KEYS: [],
      RETENTION_MONTHS: 24,
    });
  });

  it("checks the data-encryption keys and the retention period", () => {
    expect(problems({ ...valid, DATA_ENCRYPTION_KEY: "" })).toEqual([
      expect.stringMatching(/^DATA_ENCRYPTION_KEY should be 32 random bytes in base64/),
    ]);
    expect(
      problems({ ...valid, DATA_ENCRYPTION_KEY: Buffer.alloc(16).toString("base64") }),
    ).toEqual([expect.stringMatching(/^DATA_ENCRYPTION_KEY should be 32 random bytes/)]);
    expect(problems({ ...valid, DATA_ENCRYPTION_OLD_KEYS: "nonsense" })).toEqual([
      expect.stringMatching(/^DATA_ENCRYPTION_OLD_KEYS should be comma-separated keys/),
    ]);
    expect(problems({ ...valid, RETENTION_MONTHS: "two years" })).toEqual([
      "RETENTION_MONTHS should be a whole number of months, such as 24",
    ]);
    expect(problems({ ...valid, RETENTION_MONTHS: "0" })).toEqual([
      "RETENTION_MONTHS should be from 1 to 600 months",
    ]);
    const old = Buffer.alloc(32, 9).toString("base64");
    expect(
      loadConfig({ ...valid, DATA_ENCRYPTION_OLD_KEYS: old, RETENTION_MONTHS: "36" }),
    ).toMatchObject({
      DATA_ENCRYPTION_OLD_KEYS: [old],
      RETENTION_MONTHS: 36,
    });
  });

  it("names every missing required variable", () => {
    const listed = problems({}).join("\n");
    for (const name of [
      "SLACK_BOT_TOKEN",
      "SLACK_SIGNING_SECRET",
      "LEADERSHIP_CHANNEL_ID",
      "SUBCOMMITTEE_CHANNEL_ID",
      "DATA_ENCRYPTION_KEY",
    ]) {
      expect(listed).toContain(name);
    }
  });

  it("says what a malformed variable should look like", () => {
    const listed = problems({
      ...valid,
      SLACK_BOT_TOKEN: "xoxp-user-token",
      PORT: "eighty",
      SLACK_API_URL: "not a url",
      ADMIN_USER_IDS: "U0A, nobody",
      TIMEZONE: "Europe/Atlantis",
      DIGEST_CRON: "every monday",
      SLASH_COMMAND: "balint",
      DATABASE_URL: "mysql://db",
    });
    expect(listed).toEqual([
      "SLACK_BOT_TOKEN should be a bot token starting with xoxb-",
      "SLACK_API_URL should be a URL such as https://slack.com/api/",
      "PORT should be a port number such as 3000",
      'DATABASE_URL should be an SQLite file URL such as "file:./data/balint-pathway.db" or a PostgreSQL URL such as "postgres://user:password@host:5432/balint"',
      "ADMIN_USER_IDS should be comma-separated Slack user ids like U0123ABCD; not valid: nobody",
      "TIMEZONE should be an IANA time zone such as Europe/London",
      'DIGEST_CRON should be a cron expression such as "0 9 * * 1" (Mondays 09:00)',
      "SLASH_COMMAND should be a slash command such as /balint",
    ]);
  });

  it("serves the Balint Society UK unless SOCIETY names another known society", () => {
    expect(loadConfig(valid).SOCIETY).toBe("bsuk");
    expect(loadConfig({ ...valid, SOCIETY: " BSANZ " }).SOCIETY).toBe("bsanz");
    expect(problems({ ...valid, SOCIETY: "atlantis" })).toEqual([
      "SOCIETY should be one of the known societies: bsuk, bsanz, abs, dbg",
    ]);
  });

  it("keeps the separate health port off unless HEALTH_PORT is a port number", () => {
    expect(loadConfig(valid).HEALTH_PORT).toBeUndefined();
    expect(loadConfig({ ...valid, HEALTH_PORT: "" }).HEALTH_PORT).toBeUndefined();
    expect(loadConfig({ ...valid, HEALTH_PORT: "8080" }).HEALTH_PORT).toBe(8080);
    expect(problems({ ...valid, HEALTH_PORT: "health" })).toEqual([
      "HEALTH_PORT should be a port number such as 8080",
    ]);
    expect(problems({ ...valid, HEALTH_PORT: "70000" })).toEqual([
      "HEALTH_PORT should be a port number between 0 and 65535",
    ]);
  });

  it("treats empty optional variables as unset, as .env files leave them", () => {
    const config = loadConfig({ ...valid, SLACK_APP_TOKEN: "", SLACK_API_URL: "", PORT: "" });
    expect(config.SLACK_APP_TOKEN).toBeUndefined();
    expect(config.PORT).toBe(3000);
  });

  it("ends the Web API URL with a slash and splits admin ids", () => {
    const config = loadConfig({
      ...valid,
      SLACK_API_URL: "http://127.0.0.1:9999/api",
      ADMIN_USER_IDS: "U0A, U0B",
    });
    expect(config.SLACK_API_URL).toBe("http://127.0.0.1:9999/api/");
    expect(config.ADMIN_USER_IDS).toEqual(["U0A", "U0B"]);
  });
});
