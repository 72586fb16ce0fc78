import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  postsTo,
  registerLeader,
  textOf,
  waitForPending,
} from "../slack/supervision/e2e-support.ts";
import { commandReply, type Harness, startHarness } from "../support/bot-harness.ts";
import { CAST, escapedMention } from "../support/cast.ts";

/** The bot deployed for BSANZ: a configuration change, not a code change (issue 16). */
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ now: "2026-11-26T10:00:00Z", env: { SOCIETY: "bsanz" } });
  await registerLeader(h);
});
afterAll(async () => {
  await h.stop();
});

const sam = CAST.trainee.id;
const progress = async () =>
  textOf((await h.driver.slashCommand({ userId: sam, text: "progress" })).body);

describe("a BSANZ trainee, from logging to the checklist", () => {
  it("is pinned to the BSANZ pathway and sees its criteria", async () => {
    const text = await progress();
    expect(text).toContain("BSANZ accreditation pathway, approved by the BSANZ Board in June 2021");
    expect(text).toContain("*Case discussions led or co-led*");
    expect(text).toContain("*Supervision sessions*");
    expect(text).not.toContain("Member of the UK Balint Society");
  });

  it("logs co-led meetings with their case discussions, confirmed by the co-leader", async () => {
    const reply = await commandReply(
      h,
      sam,
      `log coled 20 30 cases 2026-11-20 with ${escapedMention("leader")}`,
    );
    expect(textOf(reply)).toContain("Logged");
    const entry = await h.bot.db.activityEntry.findFirstOrThrow({ where: { kind: "coled" } });
    expect(entry).toMatchObject({ count: 20, caseDiscussions: 30, state: "claimed" });

    const dm = await waitForPending(h, "leader", 1);
    await h.driver.clickButton({
      userId: CAST.leader.id,
      actionId: "supervision_entry_confirm",
      container: { channelId: dm.channel, messageTs: dm.ts },
    });
    await h.emulator.waitUntil(() =>
      postsTo(h, "trainee").some((call) => /confirmed/.test(String(call.args.text))),
    );
    const profile = await h.bot.db.traineeProfile.findFirstOrThrow();
    expect(profile.rulesetId).toBe("bsanz-2021-06");
  });

  it("shows a checklist with met and unmet criteria, where the trainee stands in time", async () => {
    await commandReply(h, sam, `log supervision 1h video with ${escapedMention("leader")}`);
    const text = await progress();
    expect(text).toContain(":white_check_mark: Met · *Case discussions led or co-led*");
    expect(text).toContain("30 of 30 case discussions");
    expect(text).toContain("20 of 20 group meetings");
    expect(text).toContain(
      "1 of 10 supervision sessions this year (year 1 of 2) (0 confirmed, 1 awaiting confirmation)",
    );
    expect(text).toContain(":white_large_square: Not yet · *Supervision reports*");
    expect(text).toContain("0 of 4 reports, one every 6 months");
    expect(text).toContain("BSANZ intensives: 0 of 2 BSANZ intensives");
    expect(text).toContain("Desirable, not essential.");
    // Desirable criteria are shown but never counted: 1 of the 4 essential ones is met.
    expect(text).toContain("*1 of 4 criteria met.* Still to do: Supervision sessions");
  });

  it("logs a BSANZ intensive by its provider, in one line, and it counts", async () => {
    const reply = await commandReply(h, sam, "log course 2026-05-01 provider BSANZ face to face");
    // Face to face is not asked of a course: the line is refused with its correction.
    expect(textOf(reply)).toContain(
      "leave out `face to face` for a weekend leadership course. Did you mean `/balint log course 2026-05-01 provider BSANZ`?",
    );
    expect(textOf(await commandReply(h, sam, "log course 2026-05-01 provider BSANZ"))).toContain(
      "Logged",
    );
    const course = await h.bot.db.activityEntry.findFirstOrThrow({
      where: { kind: "leadership_course" },
    });
    expect(course).toMatchObject({ provider: "BSANZ", approvedInAdvance: null });
    expect(await progress()).toContain("BSANZ intensives: 1 of 2 BSANZ intensives");
  });
});
