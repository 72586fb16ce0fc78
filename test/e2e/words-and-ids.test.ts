import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commandReply, type Harness, startHarness } from "../support/bot-harness.ts";
import { CAST, escapedMention } from "../support/cast.ts";

let h: Harness;
const GONE = { id: "U0GONE001", name: "gone.person" };
const ROBOT = { id: "U0ROBOT01", name: "helper.app" };
beforeAll(async () => {
  h = await startHarness({ now: "2026-11-26T10:00:00Z" });
  h.emulator.addUser({ ...GONE, deleted: true });
  h.emulator.addUser({ ...ROBOT, isBot: true });
});
afterAll(async () => {
  await h.stop();
});

const says = async (userId: string, text: string) =>
  JSON.stringify((await commandReply(h, userId, text)).body);
const rows = async () => ({
  entries: await h.bot.db.activityEntry.count(),
  people: await h.bot.db.person.count(),
  supervisions: await h.bot.db.supervision.count(),
  leaders: await h.bot.db.accreditedLeader.count(),
});

describe("words that only look like subcommands", () => {
  for (const word of ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"]) {
    it(`\`/balint ${word}\` is acknowledged with the usual help`, async () => {
      const response = await h.driver.slashCommand({ userId: CAST.trainee.id, text: word });
      expect(response.status).toBe(200);
      const body = JSON.stringify(response.body);
      expect(body).toContain(`I don't know`);
      expect(body).toContain("Balint Pathway");
    });
  }

  it("`admin constructor` gets the admin usage", async () => {
    expect(await says(CAST.admin.id, "admin constructor")).toContain("Admin subcommands");
  });
});

describe("counts in figures", () => {
  for (const word of ["NaN", "Infinity", "٣", "３", "1e2", "0x10"]) {
    it(`\`log group ${word}\` is refused with a message and stores nothing`, async () => {
      const before = await rows();
      const reply = await says(CAST.trainee.id, `log group ${word}`);
      expect(reply).toContain("is not a number of sessions: write it in figures");
      expect(await rows()).toEqual(before);
    });
  }
});

describe("a mentioned user must exist in Slack", () => {
  const cases = [
    ["an id Slack does not know", "<@U0NOBODY1|nobody>", "can't find"],
    ["a deactivated account", `<@${GONE.id}|${GONE.name}>`, "deactivated"],
    ["an app", `<@${ROBOT.id}|${ROBOT.name}>`, "an app, not a person"],
  ] as const;
  for (const [what, mention, words] of cases) {
    it(`refuses ${what} in a log, a supervisor request and \`admin leader add\`, creating no row`, async () => {
      const before = await rows();
      expect(await says(CAST.trainee.id, `log coled 2 yesterday with ${mention}`)).toContain(words);
      expect(await says(CAST.trainee.id, `supervisor ${mention}`)).toContain(words);
      expect(await says(CAST.admin.id, `admin leader add ${mention} 2019-05-01`)).toContain(words);
      expect(await rows()).toEqual(before);
    });
  }

  it("says the person could not be checked when Slack is rate limited, and stores nothing", async () => {
    const before = await rows();
    h.emulator.failNext("users.info", "ratelimited", { status: 429, retryAfterSeconds: 4 });
    const reply = await says(
      CAST.trainee.id,
      `log coled 1 yesterday with ${escapedMention("member")}`,
    );
    expect(reply).toContain("couldn't check");
    expect(reply).toContain("try again");
    expect(await rows()).toEqual(before);
  });

  it("logs with a person Slack knows", async () => {
    const before = await rows();
    const reply = await says(
      CAST.trainee.id,
      `log coled 1 yesterday with ${escapedMention("member")}`,
    );
    expect(reply).toContain("Logged");
    expect((await rows()).entries).toBe(before.entries + 1);
  });
});
