import { describe, expect, it } from "vitest";
import { loadTraineeFacts } from "../../../src/db/trainee-facts.ts";
import { evaluate } from "../../../src/domain/evaluate.ts";
import { BSUK_2016_02 } from "../../../src/domain/rulesets/bsuk-2016-02.ts";
import { decideEntry } from "../../../src/services/confirmations/decide-entry.ts";
import { logEntry } from "../../../src/services/entries/log-entry.ts";
import { confirmMembership } from "../../../src/services/progress/confirm-membership.ts";
import { getProgress } from "../../../src/services/progress/get-progress.ts";
import { setPathwayStart } from "../../../src/services/progress/set-pathway-start.ts";
import { setUpProfile } from "../../../src/services/progress/set-up-profile.ts";
import { addLeader } from "../../../src/services/register/add-leader.ts";
import { getLeaderPeriods } from "../../../src/services/register/get-leader-periods.ts";
import { listLeaders } from "../../../src/services/register/list-leaders.ts";
import { removeLeader } from "../../../src/services/register/remove-leader.ts";
import { TEST_2030_01 } from "../../domain/fixtures/test-2030-01.ts";
import {
  ADMIN,
  contextFor,
  daysAfter,
  NOW,
  PEOPLE,
  refTo,
  rejectionOf,
  seedLeader,
  useServiceDatabase,
} from "../../support/services.ts";

const { trainee, ahmed } = PEOPLE;
const world = useServiceDatabase((ctx) => seedLeader(ctx, ahmed, "2015-01-01"));

const answers = {
  ukBalintMember: true,
  professionalTraining: "General practitioner",
  psychoanalyticTraining: false,
  pathwayStartedOn: "2019-03-01",
};

/** Both rulesets, as if the society had published a second set of criteria for 2030. */
const inYear = (year: number) => ({
  ...contextFor(world.db, new Date(`${year}-06-01T10:00:00Z`)),
  rulesets: [BSUK_2016_02, TEST_2030_01],
});

async function coledWithAhmed(occurredOn: string, count: number) {
  const { entry } = await logEntry(world.ctx, trainee, {
    kind: "coled",
    occurredOn,
    count,
    counterpart: refTo(ahmed),
  });
  await decideEntry(world.ctx, ahmed, { entryId: entry.id, version: 1, decision: "confirm" });
}

async function withAccredited() {
  const { evaluation } = await getProgress(world.ctx, trainee);
  return evaluation.criteria.find((c) => c.id === "co-leading")?.withAccreditedCounterpart;
}

describe("the criteria a trainee follows stay pinned (issue 10, 2)", () => {
  it("does not move a 2019 starter onto newer criteria when they re-save their profile", async () => {
    await setUpProfile(inYear(2026), trainee, answers);
    // Re-saving the membership answer once a second ruleset exists used to move them onto it.
    const { profile } = await setUpProfile(inYear(2031), trainee, {
      ...answers,
      ukBalintMember: false,
    });
    expect(profile.rulesetId).toBe("bsuk-2016-02");
    const moved = await setUpProfile(inYear(2031), trainee, {
      ...answers,
      pathwayStartedOn: "2030-02-01",
    });
    expect(moved.profile.rulesetId).toBe("test-2030-01");
  });

  it("reads a blank start date as the day the person first appeared, never as the newest", async () => {
    await logEntry(inYear(2029), trainee, { kind: "group_member", occurredOn: "2029-05-01" });
    const pinned = await world.db.traineeProfile.findFirstOrThrow();
    // A first log used to pin the newest ruleset (test-2030-01), whatever the date.
    expect(pinned.rulesetId).toBe("bsuk-2016-02");
    // A blank date used to mean "the newest".
    const later = await setUpProfile(inYear(2031), trainee, { ...answers, pathwayStartedOn: null });
    expect(later.profile.rulesetId).toBe("bsuk-2016-02");
    expect(later.basis).toMatchObject({ kind: "first_appeared", startedOn: "2029-06-01" });
  });

  it("lets the leadership team set and lock the start date, and says who set it", async () => {
    await setUpProfile(world.ctx, trainee, { ...answers, pathwayStartedOn: null });
    const team = { ...PEOPLE.brown, isLeadershipTeam: true };
    const set = await setPathwayStart(world.ctx, team, {
      person: refTo(trainee),
      startedOn: "2019-03-01",
    });
    expect(set.profile).toMatchObject({
      pathwayStartedOn: "2019-03-01",
      rulesetId: "bsuk-2016-02",
    });
    expect(
      await rejectionOf(
        setUpProfile(world.ctx, trainee, { ...answers, pathwayStartedOn: "2020-01-01" }),
        "INVALID_INPUT",
      ),
    ).toMatch(/set by the leadership team/);
    // Saving the rest of the profile keeps the locked date.
    const saved = await setUpProfile(world.ctx, trainee, { ...answers, pathwayStartedOn: null });
    expect(saved.profile.pathwayStartedOn).toBe("2019-03-01");
    const progress = await getProgress(world.ctx, trainee);
    expect(progress.basis).toMatchObject({
      kind: "set",
      startedOn: "2019-03-01",
      setBy: { slackUserId: PEOPLE.brown.userId },
    });
    expect(progress.profile.pathwayStartLocked).toBe(true);
    expect(
      await rejectionOf(
        setPathwayStart(
          world.ctx,
          { ...PEOPLE.stranger, isLeadershipTeam: false },
          {
            person: refTo(trainee),
            startedOn: "2018-01-01",
          },
        ),
        "FORBIDDEN",
      ),
    ).toMatch(/Only admins and the leadership team/);
  });
});

describe("the register keeps accreditation periods (issue 10, 3)", () => {
  it("keeps past sessions counting through removal and re-adding", async () => {
    await coledWithAhmed("2026-10-01", 20);
    expect(await withAccredited()).toBe(20);
    await removeLeader(world.ctx, ADMIN, { person: refTo(ahmed) });
    // Removal used to make these 0, and re-adding kept them at 0.
    expect(await withAccredited()).toBe(20);
    const later = contextFor(world.db, daysAfter(NOW, 10));
    const readded = await addLeader(later, ADMIN, { person: refTo(ahmed) });
    expect(readded.outcome).toBe("restored");
    expect(await withAccredited()).toBe(20);

    const { periods } = await getLeaderPeriods(world.ctx, ADMIN, { person: refTo(ahmed) });
    expect(periods.map((p) => [p.fromOn, p.toOn])).toEqual([
      ["2015-01-01", "2026-11-26"],
      ["2026-12-06", null],
    ]);
    expect(
      await rejectionOf(
        getLeaderPeriods(world.ctx, trainee, { person: refTo(ahmed) }),
        "FORBIDDEN",
      ),
    ).toMatch(/Only admins/);
  });

  it("does not count a session from the gap between periods; `leaders` shows who is accredited today", async () => {
    await removeLeader(world.ctx, ADMIN, { person: refTo(ahmed) });
    const later = contextFor(world.db, daysAfter(NOW, 10));
    await addLeader(later, ADMIN, { person: refTo(ahmed) });
    const { entry } = await logEntry(later, trainee, {
      kind: "coled",
      occurredOn: "2026-12-01",
      counterpart: refTo(ahmed),
    });
    await decideEntry(later, ahmed, { entryId: entry.id, version: 1, decision: "confirm" });
    expect(await withAccredited()).toBe(0);
    const { leaders } = await listLeaders(contextFor(world.db, daysAfter(NOW, 5)));
    expect(leaders).toEqual([]);
    const { leaders: now } = await listLeaders(contextFor(world.db, daysAfter(NOW, 10)));
    expect(now.map((l) => l.slackUserId)).toEqual([ahmed.userId]);
  });
});

describe("membership confirmed by the society (issue 10, 9)", () => {
  it("records the date and shows it on the checklist; self-declared otherwise", async () => {
    await setUpProfile(world.ctx, trainee, answers);
    const member = async () =>
      (await getProgress(world.ctx, trainee)).evaluation.criteria.find((c) => c.id === "membership")
        ?.explanation;
    expect(await member()).toBe("Member of the UK Balint Society: self-declared.");
    await confirmMembership(world.ctx, ADMIN, {
      person: refTo(trainee),
      confirmedOn: "2026-03-01",
    });
    expect(await member()).toBe(
      "Member of the UK Balint Society: confirmed by the society on 1 Mar 2026.",
    );
    expect(
      await rejectionOf(
        confirmMembership(world.ctx, trainee, { person: refTo(trainee) }),
        "FORBIDDEN",
      ),
    ).toMatch(/Only admins/);
  });
});

describe("evaluating the loaded facts", () => {
  it("uses the weekend's own number of small-group sessions (issue 10, 5)", async () => {
    await logEntry(world.ctx, trainee, {
      kind: "weekend_member",
      occurredOn: "2026-03-14",
      groupSessions: 3,
    });
    const id = (await world.db.person.findFirstOrThrow({ where: { slackUserId: trainee.userId } }))
      .id;
    const result = evaluate(BSUK_2016_02, await loadTraineeFacts(world.db, id)).criteria.find(
      (c) => c.id === "member-experience",
    );
    expect(result?.have).toBe(3);
  });
});
