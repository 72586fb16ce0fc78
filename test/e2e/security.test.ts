import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { slackSignature } from "../../src/dev/emulator/index.ts";
import { type Harness, SIGNING_SECRET, startHarness } from "../support/bot-harness.ts";
import { CAST } from "../support/cast.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.stop();
});
beforeEach(() => {
  h.emulator.reset();
});

/** A `/balint log` command as Slack would form-encode it: a database write if it ever runs. */
function logCommandBody(triggerId: string, text = "log group 2 yesterday"): string {
  return new URLSearchParams({
    token: "verification-token",
    team_id: h.emulator.workspace.teamId,
    team_domain: h.emulator.workspace.teamDomain,
    channel_id: h.emulator.dmChannelFor(CAST.trainee.id),
    channel_name: "directmessage",
    user_id: CAST.trainee.id,
    user_name: CAST.trainee.name,
    command: "/balint",
    text,
    api_app_id: h.emulator.workspace.appId,
    is_enterprise_install: "false",
    response_url: h.emulator.issueResponseUrl({
      userId: CAST.trainee.id,
      channelId: h.emulator.dmChannelFor(CAST.trainee.id),
    }),
    trigger_id: triggerId,
  }).toString();
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

async function entries(): Promise<number> {
  return h.bot.db.activityEntry.count();
}

describe("requests that Slack did not sign", () => {
  const cases: [string, () => Parameters<Harness["driver"]["send"]>[0]][] = [
    [
      "a forged signature",
      () => ({
        body: logCommandBody("t-forged"),
        headers: { "x-slack-signature": `v0=${"0".repeat(64)}` },
      }),
    ],
    [
      "the wrong secret",
      () => ({ body: logCommandBody("t-secret"), secret: "not-the-signing-secret" }),
    ],
    [
      "a body changed after signing",
      () => {
        const body = logCommandBody("t-tampered");
        return {
          body: body.replace("group+2", "group+9"),
          headers: { "x-slack-signature": null, ...signedFor(body) },
        };
      },
    ],
    [
      "a timestamp older than five minutes",
      () => ({ body: logCommandBody("t-stale"), timestamp: nowSeconds() - 6 * 60 }),
    ],
    [
      "no signature header",
      () => ({ body: logCommandBody("t-nosig"), headers: { "x-slack-signature": null } }),
    ],
    [
      "no timestamp header",
      () => ({ body: logCommandBody("t-nots"), headers: { "x-slack-request-timestamp": null } }),
    ],
  ];

  for (const [name, request] of cases) {
    it(`refuses ${name} with 401 and changes nothing`, async () => {
      const before = await entries();
      const response = await h.driver.send(request());
      expect(response.status).toBe(401);
      expect(await entries()).toBe(before);
      expect(h.emulator.calls.filter((call) => call.method !== "auth.test")).toEqual([]);
    });
  }

  it("accepts the same command correctly signed (the cases above fail for their fault alone)", async () => {
    const before = await entries();
    const response = await h.driver.send({ body: logCommandBody("t-good") });
    expect(response.status).toBe(200);
    expect(await entries()).toBe(before + 1);
  });
});

describe("a request Slack retries", () => {
  it("has no second effect", async () => {
    const body = logCommandBody("t-retried");
    const before = await entries();
    expect((await h.driver.send({ body })).status).toBe(200);
    const retry = await h.driver.send({
      body,
      headers: { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" },
    });
    expect(retry.status).toBe(200);
    expect(await entries()).toBe(before + 1);
  });

  it("answers a repeated request for help again, remembering nothing of either (it stores nothing)", async () => {
    const body = logCommandBody("t-help", " Help ");
    const retried = { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" };
    const answers = [
      await h.driver.send({ body }),
      await h.driver.send({ body, headers: retried }),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(JSON.stringify(answer.body)).toContain("/balint log");
    }
    expect(await h.bot.db.slackDelivery.count({ where: { key: "trigger:t-help" } })).toBe(0);
    const logged = logCommandBody("t-log-remembered");
    await h.driver.send({ body: logged });
    expect(await h.bot.db.slackDelivery.count({ where: { key: "trigger:t-log-remembered" } })).toBe(
      1,
    );
  });

  it("has no second effect when the retry reaches another process on the same database", async () => {
    const other = await startHarness({
      emulator: h.emulator,
      databaseUrl: h.config.DATABASE_URL,
    });
    try {
      const body = logCommandBody("t-retried-elsewhere");
      const before = await entries();
      expect((await h.driver.send({ body })).status).toBe(200);
      const retry = await other.driver.send({
        body,
        headers: { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" },
      });
      expect(retry.status).toBe(200);
      expect(await entries()).toBe(before + 1);
    } finally {
      await other.stop();
    }
  });
});

function signedFor(body: string): Record<string, string> {
  const timestamp = nowSeconds();
  return {
    "x-slack-request-timestamp": String(timestamp),
    "x-slack-signature": signature(timestamp, body),
  };
}

function signature(timestamp: number, body: string): string {
  return slackSignature(SIGNING_SECRET, timestamp, body);
}
