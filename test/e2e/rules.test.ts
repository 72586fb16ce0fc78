import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decideEntry } from "../../src/services/confirmations/decide-entry.ts";
import type { ServiceContext } from "../../src/services/context.ts";
import { command, textOf } from "../slack/supervision/e2e-support.ts";
import { commandReply, type Harness, startHarness } from "../support/bot-harness.ts";
import { CAST, type CastMember, escapedMention } from "../support/cast.ts";

/** Issue 10, end to end: what the checklist says in Slack once the rules are fixed. */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.stop();
});

const ctx = (): ServiceContext => ({ db: h.bot.db, now: h.clock.now, timeZone: "Europe/London" });

async function reply(who: CastMember, text: string): Promise<string> {
  return textOf((await commandReply(h, CAST[who].id, text)).body);
}

async function progress(): Promise<string> {
  return reply("trainee", "progress");
}

async function person(who: CastMember) {
  return h.bot.db.person.findFirstOrThrow({ where: { slackUserId: CAST[who].id } });
}

/** The leader confirms every entry naming them, as from their DM. */
async function leaderConfirmsAll() {
  const leader = await person("leader");
  const claimed = await h.bot.db.activityEntry.findMany({
    where: { counterpartId: leader.id, state: "claimed" },
  });
  const actor = { teamId: leader.slackTeamId, userId: leader.slackUserId, isAdmin: false };
  for (const entry of claimed) {
    await decideEntry(ctx(), actor, { entryId: entry.id, version: 1, decision: "confirm" });
  }
}

describe("one event per entry (issue 10, 5 and 6)", () => {
  it("refuses a count of weekends, with the corrected line, and writes nothing", async () => {
    const text = await reply("trainee", "log weekend 5 2026-03-14");
    expect(text).toContain("is one event per entry, so I can't log `5` at once");
    expect(text).toContain("/balint log weekend 2026-03-14");
    expect(await h.bot.db.activityEntry.count()).toBe(0);
  });

  it("refuses a supervision count above 1, with the corrected line", async () => {
    const text = await reply("trainee", `log supervision 3 1.5h with ${escapedMention("leader")}`);
    expect(text).toContain("Log one supervision session per entry, with its total hours");
    expect(text).toContain("Did you mean `/balint log supervision 1.5h with @dr.ahmed`?");
    expect(await h.bot.db.activityEntry.count()).toBe(0);
  });

  it("records a weekend's small-group sessions and says how it counts under both options", async () => {
    const given = await reply("trainee", "log weekend 2026-03-14 4 sessions");
    expect(given).toContain("1 Balint Society weekend as a member (4 small-group sessions)");
    expect(given).toContain("4 small-group sessions towards the sessions option");
    expect(given).toContain("1 weekend towards the weekends option");
    const assumed = await reply("trainee", "log weekend 2026-04-18");
    expect(assumed).toContain("5 small-group sessions is an assumption");
    expect(await progress()).toContain(
      "2 weekends = 9 small-group sessions, assuming 5 at 1 of them",
    );
  });
});

describe("with an accredited leader, and the register's history (issue 10, 3 and 4)", () => {
  it("counts only confirmed co-led sessions, and keeps them through removal and re-adding", async () => {
    await command(h, "admin", `admin leader add ${escapedMention("leader")} 2015-05-01`);
    const mention = escapedMention("leader");
    await reply("trainee", `log coled 20 2026-10-01 with ${mention}`);
    await reply("trainee", `log led 3 2026-10-02 with ${mention}`);
    await reply("trainee", `log coled 2 2026-10-03 with ${mention}`);
    const before = await progress();
    expect(before).toContain(
      "0 confirmed with an accredited leader (22 more awaiting confirmation)",
    );

    await leaderConfirmsAll();
    // Led sessions name the supervisor: they used to count as "with an accredited leader".
    expect(await progress()).toContain("; 22 confirmed with an accredited leader.");

    await command(h, "admin", `admin leader remove ${mention}`);
    // Removal used to rewrite history to 0.
    expect(await progress()).toContain("; 22 confirmed with an accredited leader.");
    expect(await reply("stranger", "leaders")).not.toContain(CAST.leader.id);

    h.clock.set("2026-12-01T10:00:00Z");
    await command(h, "admin", `admin leader add ${mention}`);
    expect(await progress()).toContain("; 22 confirmed with an accredited leader.");
    const history = await reply("admin", `admin leader history ${mention}`);
    expect(history).toContain("accreditation periods (2)");
    expect(history).toContain("From 1 May 2015, until 26 Nov 2026");
    expect(history).toContain("From 1 Dec 2026, accredited now");
    expect(await reply("stranger", "leaders")).toContain(CAST.leader.id);
  });
});

describe("membership and the start date (issue 10, 9 and 2)", () => {
  it("shows a membership the society confirmed, and self-declared otherwise", async () => {
    expect(await progress()).toContain("Member of the UK Balint Society");
    const text = await reply("admin", `admin member ${escapedMention("trainee")} 2026-03-01`);
    expect(text).toContain("the society confirmed <@U0TRAINEE>'s membership on 1 Mar 2026");
    expect(await progress()).toContain("Confirmed by the society on 1 Mar 2026.");
    const refused = await reply("stranger", `admin member ${escapedMention("trainee")}`);
    expect(refused).toContain("Only the bot's admins");
  });

  it("lets the leadership team enter a trainee on the pathway, and says who set the date", async () => {
    const refused = await reply(
      "stranger",
      `admin pathway ${escapedMention("trainee")} 2019-03-01`,
    );
    expect(refused).toContain("Only admins and the leadership team");
    const text = await reply("member", `admin pathway ${escapedMention("trainee")} 2019-03-01`);
    expect(text).toContain(
      "Entered <@U0TRAINEE> on the pathway from 1 Mar 2019; the date is locked",
    );
    const shown = await progress();
    expect(shown).toContain("because <@U0SUBCOM1> entered you on the pathway on 1 Mar 2019");
    const profile = await h.bot.db.traineeProfile.findFirstOrThrow();
    expect(profile).toMatchObject({ pathwayStartedOn: "2019-03-01", rulesetId: "bsuk-2016-02" });
  });
});

describe("a supervisor's report that says not yet (issue 10, 1)", () => {
  it("keeps supervision and the report in progress, in the supervisor's word", async () => {
    const [trainee, leader] = [await person("trainee"), await person("leader")];
    await h.bot.db.supervision.create({
      data: { traineeId: trainee.id, supervisorId: leader.id, state: "active" },
    });
    await h.bot.db.supervisorReport.create({
      data: {
        traineeId: trainee.id,
        supervisorId: leader.id,
        text: "Not ready yet: more supervised leading first.",
        discussedWithTrainee: true,
        readyToApply: false,
      },
    });
    const shown = await progress();
    // It used to show both as met ("your supervisor has written the report").
    expect(shown).toContain("your supervisor's latest report says not yet, so it continues");
    expect(shown).toContain("Not ready; your supervisor's latest report says not yet.");
    expect(shown).not.toContain("your supervisor has written the report");
  });
});
