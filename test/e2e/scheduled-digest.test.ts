import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runScheduledDigest } from "../../src/jobs/digest.ts";
import { decideApplication } from "../../src/services/applications/decide-application.ts";
import { submitApplication } from "../../src/services/applications/submit-application.ts";
import { submitLeadershipRequest } from "../../src/services/leadership-requests/submit-leadership-request.ts";
import { SHARED_IDS } from "../../src/slack/ids.ts";
import { castActor, contextAt, harnessJobs } from "../jobs/support.ts";
import { deliverThenForget, type Harness, startHarness } from "../support/bot-harness.ts";
import { CAST, CHANNELS } from "../support/cast.ts";

const STATEMENT = "I have co-led a weekly group for two years, with supervision throughout.";
const ENQUIRY = {
  professionalTraining: "GP, general practice",
  ukBalintMember: "member" as const,
  psychoanalyticTraining: false,
  groupSessions: 12,
  hopes: "Advice on how to start co-leading a group",
};
const digestsIn = (h: Harness) => h.emulator.messagesIn(CHANNELS.subcommittee.id);
const textOf = (value: unknown) => JSON.stringify(value);

describe("the weekly digest", () => {
  let h: Harness;
  let samApplication: number;
  beforeAll(async () => {
    // Monday 30 November 2026, 09:30 in London.
    h = await startHarness({ now: "2026-11-30T09:30:00Z" });
    const sam = await submitApplication(
      contextAt(h, "2026-10-20T10:00:00Z"),
      castActor("trainee"),
      {
        statement: STATEMENT,
        acknowledgedGaps: true,
      },
    );
    samApplication = sam.application.id;
    await submitApplication(contextAt(h, "2026-11-26T10:00:00Z"), castActor("newcomer"), {
      statement: STATEMENT,
      acknowledgedGaps: true,
    });
    const enquiry = { kind: "interest_form", answers: ENQUIRY } as const;
    await submitLeadershipRequest(
      contextAt(h, "2026-11-20T10:00:00Z"),
      castActor("stranger"),
      enquiry,
    );
    await submitLeadershipRequest(
      contextAt(h, "2026-11-28T10:00:00Z"),
      castActor("stranger"),
      enquiry,
    );
    await submitLeadershipRequest(contextAt(h, "2026-11-18T10:00:00Z"), castActor("member"), {
      kind: "training_day",
      answers: { area: "Leeds" },
    });
    const decided = await submitApplication(
      contextAt(h, "2026-11-01T10:00:00Z"),
      castActor("leader"),
      {
        statement: STATEMENT,
        acknowledgedGaps: true,
      },
    );
    await decideApplication(
      contextAt(h, "2026-11-27T10:00:00Z"),
      { ...castActor("member"), isSubcommitteeMember: true },
      {
        applicationId: decided.application.id,
        decision: "not_yet",
        reason: "More co-leading first.",
      },
    );
    await deliverThenForget(h);
  });
  afterAll(async () => {
    await h.stop();
  });

  it("posts nothing on a first start", () => {
    expect(digestsIn(h)).toEqual([]);
  });

  it("is refused privately to anyone but an admin", async () => {
    await h.driver.slashCommand({ userId: CAST.member.id, text: "admin digest" });
    const refusal = await h.whenIdle(() =>
      h.emulator.responseUrlPosts.find((post) => post.origin.userId === CAST.member.id),
    );
    expect(refusal.body.text).toContain("Only the bot's admins");
    expect(digestsIn(h)).toEqual([]);
  });

  it("`admin digest` posts it now, with each part, and tells the admin privately", async () => {
    const response = await h.driver.slashCommand({ userId: CAST.admin.id, text: "admin digest" });
    expect(response.status).toBe(200);
    const reply = await h.whenIdle(() =>
      h.emulator.responseUrlPosts.find((post) => post.origin.userId === CAST.admin.id),
    );
    expect(reply.body).toMatchObject({ response_type: "ephemeral" });
    expect(reply.body.text).toBe(
      `Posting the digest to <#${CHANNELS.subcommittee.id}>: 2 applications waiting, 2 unanswered requests, 1 decision since 23 Nov 2026. This week's scheduled digest still goes out as usual.`,
    );

    await h.bot.outbox.idle();
    const [digest] = digestsIn(h);
    const blocks = textOf(digest?.blocks);
    // Oldest first: Sam (41 days, flagged), then the newcomer (4 days).
    expect(blocks.indexOf(`<@${CAST.trainee.id}>`)).toBeLessThan(
      blocks.indexOf(`<@${CAST.newcomer.id}>`),
    );
    expect(blocks).toContain(
      `*<@${CAST.trainee.id}>* · waiting 41 days\\n:warning: *Waiting over 4 weeks*`,
    );
    expect(blocks).toContain(`*<@${CAST.newcomer.id}>* · waiting 4 days\\n*Met:*`);
    expect(blocks).toContain("*Missing:*");
    expect(blocks).toContain("*Supervisor's report:* not in yet");
    expect(blocks).toContain(
      `"action_id":"${SHARED_IDS.openApplication}","value":"{\\"id\\":${samApplication}}"`,
    );
    // Unanswered requests: the kind, the person, the age and their post; never what they wrote.
    expect(blocks).toContain(
      `Interest form from <@${CAST.stranger.id}>, waiting 10 days: see its post in <#${CHANNELS.leadership.id}>`,
    );
    expect(blocks).toContain(
      `Training-day request from <@${CAST.member.id}>, waiting 12 days: see its post in <#${CHANNELS.leadership.id}>`,
    );
    expect(blocks).not.toMatch(/GP, general practice|Leeds/);
    expect(blocks.match(/Interest form/g)).toHaveLength(1);
    expect(blocks).toContain(
      `<@${CAST.leader.id}>: Not yet, by <@${CAST.member.id}> on 27 Nov 2026`,
    );
    expect(blocks).toContain("Posted now at an admin's request.");
  });

  it("runs once per ISO week however often the schedule fires, and the admin's run did not use it up", async () => {
    const { deps } = harnessJobs(h);
    const before = digestsIn(h).length;
    const monday = new Date("2026-11-30T09:00:00Z");
    expect(await runScheduledDigest(deps, monday)).toBe("done");
    expect(await runScheduledDigest(deps, new Date("2026-12-06T20:00:00Z"))).toBe(
      "already_claimed",
    );
    await h.bot.outbox.idle();
    expect(digestsIn(h)).toHaveLength(before + 1);
    expect(await h.bot.db.jobRun.findMany({ where: { job: "digest" } })).toEqual([
      expect.objectContaining({
        period: "2026-W49",
        startedAt: monday,
        finishedAt: expect.any(Date),
      }),
    ]);
  });

  it("lists next week's decisions since this week's digest", async () => {
    const { deps } = harnessJobs(h);
    await decideApplication(
      contextAt(h, "2026-12-02T10:00:00Z"),
      { ...castActor("member"), isSubcommitteeMember: true },
      { applicationId: samApplication, decision: "recommend", reason: "Ready for the Council." },
    );
    const before = digestsIn(h).length;
    expect(await runScheduledDigest(deps, new Date("2026-12-07T09:00:00Z"))).toBe("done");
    // The decision's own notices retry meanwhile: this test forgot the posts they redraw.
    await h.emulator.waitUntil(() => digestsIn(h)[before], 10_000);
    const latest = textOf(digestsIn(h).at(-1)?.blocks);
    expect(latest).toContain("*Decisions since 30 Nov 2026 (1)*");
    expect(latest).toContain(`<@${CAST.trainee.id}>: Recommended to the Balint Council`);
    expect(latest).not.toContain("Not yet");
  });
});

describe("an empty week", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ now: "2026-11-30T09:30:00Z" });
  });
  afterAll(async () => {
    await h.stop();
  });

  it("says so in one line", async () => {
    const { deps } = harnessJobs(h);
    expect(await runScheduledDigest(deps, new Date("2026-11-30T09:00:00Z"))).toBe("done");
    await h.bot.outbox.idle();
    const [digest] = digestsIn(h);
    expect(digest?.text).toBe(
      "Weekly digest: a quiet week. No applications are waiting for a decision, no enquiries or training-day requests are unanswered, and no decisions were made since 23 Nov 2026.",
    );
    expect(digest?.blocks).toHaveLength(1);
  });
});
