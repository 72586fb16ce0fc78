import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestSupervision } from "../../src/services/supervision/request-supervision.ts";
import { respondToSupervision } from "../../src/services/supervision/respond-to-supervision.ts";
import { LOGGING_IDS } from "../../src/slack/features/logging/ids.ts";
import { SHARED_IDS } from "../../src/slack/ids.ts";
import {
  clickInReply,
  people,
  responsePost,
  seedAhmedAsLeader,
  textOf,
} from "../slack/logging/e2e-support.ts";
import { commandReply, type Harness, lookAtHome, startHarness } from "../support/bot-harness.ts";
import { CAST, escapedMention } from "../support/cast.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ now: "2026-11-26T10:00:00Z" });
  await seedAhmedAsLeader(h);
});
afterAll(async () => {
  await h.stop();
});

const sam = CAST.trainee.id;
const ahmed = escapedMention("leader");
const log = (text: string, userId = sam) => commandReply(h, userId, `log ${text}`);
const entries = () => h.bot.db.activityEntry.findMany({ orderBy: { id: "asc" } });

describe("/balint log <words>: bad input is refused privately, shown corrected, and writes nothing", () => {
  it.each([
    [
      "an unknown kind",
      `coleed 2 20/11/2026 with ${ahmed}`,
      "I don't know the kind `coleed`. Did you mean `/balint log coled 2 20/11/2026 with @dr.ahmed`?",
    ],
    [
      "a count of 0",
      "group 0 yesterday",
      "You can't log 0 sessions: log 1 to 50. Did you mean `/balint log group 1 yesterday`?",
    ],
    [
      "a negative count",
      "group -2 yesterday",
      "The number of sessions can't be negative (`-2`). Did you mean `/balint log group 2 yesterday`?",
    ],
    [
      "a count over 50",
      "group 51",
      "`51` is more than 50 sessions: one entry holds at most 50, so log the rest as another entry. Did you mean `/balint log group 50`?",
    ],
    [
      "a count that is not a number",
      "group three yesterday",
      "`three` is not a number of sessions: write it in figures, e.g. `3`. Did you mean `/balint log group 3 yesterday`?",
    ],
    [
      "an impossible date",
      "group 3 31/02/2026",
      "`31/02/2026` is not a date: February 2026 has 28 days. Did you mean `/balint log group 3 28/02/2026`?",
    ],
    [
      "a future date",
      `coled 2 20/11/2027 with ${ahmed}`,
      "`20/11/2027` is in the future: today is 26 Nov 2026. Did you mean `/balint log coled 2 20/11/2026 with @dr.ahmed`?",
    ],
    [
      "hours over 12",
      `supervision 13h video with ${ahmed}`,
      "Supervision hours go from 0.25 to 12 in one entry, so `13h` won't do. Did you mean `/balint log supervision 12h video with @dr.ahmed`?",
    ],
    [
      "hours under a quarter",
      `supervision 0.1h with ${ahmed}`,
      "Supervision hours go from 0.25 to 12 in one entry, so `0.1h` won't do. Did you mean `/balint log supervision 0.25h with @dr.ahmed`?",
    ],
    [
      "naming yourself as co-leader",
      `coled 2 20/11/2026 with ${escapedMention("trainee")}`,
      "You can't confirm your own sessions: name your co-leader or supervisor. Try `/balint log coled 2 20/11/2026 with @your-co-leader`",
    ],
    [
      "an over-long note",
      `group today ${"x".repeat(1001)}`,
      "Your note is 1,001 characters long; a note can be at most 1000. Try `/balint log group today &lt;a note of up to 1000 characters&gt;`",
    ],
  ])("%s", async (_what, text, message) => {
    const response = await log(text);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ response_type: "ephemeral", text: message });
    expect(await h.bot.db.activityEntry.count()).toBe(0);
  });

  it("a co-led session naming nobody, with no supervisor to confirm it, gets the line with the person added", async () => {
    const response = await log("coled 2 yesterday");
    expect(response.body).toEqual({
      response_type: "ephemeral",
      text: 'A co-led session needs someone to confirm it: add "with @person" naming your co-leader. Try `/balint log coled 2 yesterday with @your-co-leader`',
    });
    expect(await h.bot.db.activityEntry.count()).toBe(0);
    expect(await h.bot.db.traineeProfile.count()).toBe(0);
  });
});

describe("/balint log <words>: good lines are logged at once", () => {
  it("logs member sessions as confirmed, and asks a first-time user for their profile", async () => {
    const response = await log("group 3 yesterday");
    const reply = textOf(response.body);
    expect(response.body).toMatchObject({
      response_type: "ephemeral",
      text: "Logged 3 group sessions as a member on 25 Nov 2026.",
    });
    expect(reply).toContain("Nobody needs to confirm it: it counts straight away.");
    expect(reply).toContain(SHARED_IDS.openProfile);
    // Nobody else vouched for it, so Sam can still undo it.
    expect(reply).toContain(LOGGING_IDS.undo);
    expect(await entries()).toEqual([
      expect.objectContaining({
        kind: "group_member",
        occurredOn: "2026-11-25",
        count: 3,
        state: "confirmed",
      }),
    ]);
    // Sam had not met the bot before, so no Home of theirs is on screen: it is drawn when opened.
    await h.idle();
    expect(h.emulator.callsTo("views.publish")).toEqual([]);
    await lookAtHome(h, sam);
  });

  it("logs a weekend and says how many sessions it counts as", async () => {
    const response = await log("weekend 2026-03-14");
    expect(textOf(response.body)).toContain(
      "it counts both ways: 5 small-group sessions towards the sessions option, and 1 weekend towards the weekends option",
    );
    expect((await entries()).at(-1)).toMatchObject({
      kind: "weekend_member",
      occurredOn: "2026-03-14",
    });
  });

  it("keeps a co-led session claimed and asks the accredited co-leader to confirm it", async () => {
    const response = await log(`coled 2 20/11/2026 with ${ahmed}`);
    const reply = textOf(response.body);
    expect(reply).toContain("Logged *2 co-led sessions on 20 Nov 2026* with <@U0LEADER1>.");
    expect(reply).toContain("It stays claimed until <@U0LEADER1> confirms it; I've asked them.");
    expect(reply).toContain(LOGGING_IDS.undo);
    const leaderPerson = await h.bot.db.person.findFirstOrThrow({
      where: { slackUserId: CAST.leader.id },
    });
    expect((await entries()).at(-1)).toMatchObject({
      kind: "coled",
      occurredOn: "2026-11-20",
      count: 2,
      state: "claimed",
      counterpartId: leaderPerson.id,
    });
    const leaderDm = h.emulator.dmChannelFor(CAST.leader.id);
    await h.whenIdle(() => h.emulator.messagesIn(leaderDm).length === 1);
  });

  it("reads supervision's hours, mode and person", async () => {
    const response = await log(`supervision 1.5h video with ${ahmed}`);
    expect(response.body).toMatchObject({
      text: "Logged 1.5 hours of supervision (by video, individual) on 26 Nov 2026.",
    });
    expect((await entries()).at(-1)).toMatchObject({
      kind: "supervision",
      hours: 1.5,
      mode: "video",
      format: "individual",
      state: "claimed",
    });
  });

  it.each([
    [
      "led today with <@U0LEADER1|dr.ahmed>",
      { kind: "led_supervised", occurredOn: "2026-11-26", state: "claimed" },
    ],
    [
      "course 20.11.2026",
      { kind: "leadership_course", occurredOn: "2026-11-20", count: 1, state: "confirmed" },
    ],
    [
      "trainingday 1/11/2026",
      { kind: "training_day", occurredOn: "2026-11-01", state: "confirmed" },
    ],
    ["peer Yesterday", { kind: "peer_workshop", occurredOn: "2026-11-25", state: "confirmed" }],
    ["member 2 2026-10-01", { kind: "group_member", occurredOn: "2026-10-01", count: 2 }],
  ])("logs %s", async (text, stored) => {
    const response = await log(text);
    expect(response.body).toMatchObject({
      response_type: "ephemeral",
      text: expect.stringMatching(/^Logged /),
    });
    expect((await entries()).at(-1)).toMatchObject(stored);
  });

  it("keeps a trailing note private: stored, never in the log lines", async () => {
    const note = "Felt the group was stuck on the registrar's case";
    const response = await log(`group today ${note}`);
    expect(textOf(response.body)).toContain("Your private note is saved");
    expect(textOf(response.body)).not.toContain(note);
    expect((await entries()).at(-1)).toMatchObject({ note });
    expect(h.logLines.join("\n")).not.toContain("registrar");
  });
});

describe("who confirms", () => {
  it("says nobody can confirm yet when the co-leader is not accredited and there is no supervisor", async () => {
    const response = await log(`coled 1 yesterday with ${escapedMention("newcomer")}`);
    expect(textOf(response.body)).toContain(
      "<@U0NEWBIE1> is not on the register of accredited leaders and you have no supervisor yet, so nobody can confirm this entry for now.",
    );
    expect((await entries()).at(-1)).toMatchObject({ state: "claimed" });
  });

  it("says the supervisor confirms instead once the trainee has one", async () => {
    const { actor, ref, ctx } = people(h);
    const requested = await requestSupervision(ctx(), actor("trainee"), {
      supervisor: ref("leader"),
    });
    await respondToSupervision(ctx(), actor("leader"), {
      supervisionId: requested.supervision.id,
      response: "accept",
    });
    const response = await log(`coled 1 yesterday with ${escapedMention("newcomer")}`);
    expect(textOf(response.body)).toContain(
      "<@U0NEWBIE1> is not on the register of accredited leaders, so your supervisor <@U0LEADER1> confirms it instead.",
    );
  });
});

describe("Undo", () => {
  it("withdraws the entry just logged, replaces the reply and refreshes the Home", async () => {
    await lookAtHome(h, sam);
    const response = await log(`coled 3 yesterday with ${ahmed}`);
    const logged = (await entries()).at(-1);
    const posts = h.emulator.responseUrlPosts.length;
    const publishes = h.emulator.callsTo("views.publish").length;

    const click = await clickInReply(h, sam, response.body, LOGGING_IDS.undo);
    expect(click.status).toBe(200);
    const post = await responsePost(h, posts + 1);
    expect(post.body).toMatchObject({
      replace_original: true,
      text: "Undone: 3 co-led sessions on 25 Nov 2026 is withdrawn and no longer counts.",
    });
    expect(await h.bot.db.activityEntry.findUnique({ where: { id: logged?.id } })).toMatchObject({
      state: "withdrawn",
    });
    await h.whenIdle(() => h.emulator.callsTo("views.publish").length > publishes);
  });

  it("withdraws a course too, which counted on the trainee's word alone", async () => {
    const response = await log("course 2026-10-03");
    const logged = (await entries()).at(-1);
    expect(logged).toMatchObject({ kind: "leadership_course", state: "confirmed" });
    const posts = h.emulator.responseUrlPosts.length;
    await clickInReply(h, sam, response.body, LOGGING_IDS.undo);
    const post = await responsePost(h, posts + 1);
    expect(post.body.text).toBe(
      "Undone: 1 weekend leadership course on 3 Oct 2026 is withdrawn and no longer counts.",
    );
    expect(await h.bot.db.activityEntry.findUnique({ where: { id: logged?.id } })).toMatchObject({
      state: "withdrawn",
    });
  });

  it("refuses anyone but the trainee, changing nothing", async () => {
    const response = await log(`coled 1 yesterday with ${ahmed}`);
    const logged = (await entries()).at(-1);
    const posts = h.emulator.responseUrlPosts.length;
    await clickInReply(h, CAST.stranger.id, response.body, LOGGING_IDS.undo);
    const post = await responsePost(h, posts + 1);
    expect(post.body.text).toBe(
      "You can't withdraw that session: only the trainee who logged it can.",
    );
    expect(await h.bot.db.activityEntry.findUnique({ where: { id: logged?.id } })).toMatchObject({
      state: "claimed",
    });
  });
});
