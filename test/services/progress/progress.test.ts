import { describe, expect, it } from "vitest";
import { loadTraineeFacts } from "../../../src/db/trainee-facts.ts";
import { rulesetForStartDate } from "../../../src/domain/rulesets/index.ts";
import { decideEntry } from "../../../src/services/confirmations/decide-entry.ts";
import { logEntry } from "../../../src/services/entries/log-entry.ts";
import { getProgress } from "../../../src/services/progress/get-progress.ts";
import { setUpProfile } from "../../../src/services/progress/set-up-profile.ts";
import { removeLeader } from "../../../src/services/register/remove-leader.ts";
import { signOffCompetencies } from "../../../src/services/supervision/sign-off-competencies.ts";
import { submitSupervisorReport } from "../../../src/services/supervision/submit-supervisor-report.ts";
import {
  ADMIN,
  actorFor,
  contextFor,
  countingClient,
  PEOPLE,
  refTo,
  rejectionOf,
  rowCounts,
  seedLeader,
  seedSupervision,
  TODAY,
  useServiceDatabase,
} from "../../support/services.ts";

const late = actorFor("ULATE", { name: "Dr Late" });
const { trainee, ahmed, brown } = PEOPLE;

const world = useServiceDatabase(async (ctx) => {
  await seedLeader(ctx, ahmed, "2015-05-01");
  await seedLeader(ctx, brown, "2010-01-01");
  await seedLeader(ctx, late, "2026-06-01");
});

async function traineeId(): Promise<number> {
  return (await world.db.person.findFirstOrThrow({ where: { slackUserId: "UTRAINEE" } })).id;
}

describe("loadTraineeFacts", () => {
  it("marks entries with an accredited counterpart by the entry's date and the register", async () => {
    await seedSupervision(world.ctx, trainee, brown);
    const coled = (counterpart: typeof ahmed, occurredOn: string) =>
      logEntry(world.ctx, trainee, { kind: "coled", occurredOn, counterpart: refTo(counterpart) });
    await coled(ahmed, "2026-11-20"); // accredited since 2015
    await coled(late, "2026-05-31"); // before Dr Late's accreditation
    await coled(late, "2026-06-01"); // on the day
    await coled(actorFor("UPEER"), "2026-11-19"); // never accredited
    await logEntry(world.ctx, trainee, {
      kind: "group_member",
      occurredOn: "2026-01-01",
      note: "notes",
    });

    const facts = await loadTraineeFacts(world.db, await traineeId());
    expect(
      facts.entries.map((e) => [e.kind, e.occurredOn, e.counterpartAccredited, e.state]),
    ).toEqual([
      ["group_member", "2026-01-01", false, "confirmed"],
      ["coled", "2026-05-31", false, "claimed"],
      ["coled", "2026-06-01", true, "claimed"],
      ["coled", "2026-11-19", false, "claimed"],
      ["coled", "2026-11-20", true, "claimed"],
    ]);
    expect(facts.entries[0]?.hasNote).toBe(true);
    expect(facts.entries[1]?.hasNote).toBe(false);
    expect(facts.hasActiveSupervisor).toBe(true);

    // Issue 10, 3: removing a leader no longer rewrites history; sessions before it still count.
    await removeLeader(world.ctx, ADMIN, { person: refTo(ahmed) });
    const after = await loadTraineeFacts(world.db, await traineeId());
    expect(after.entries.at(-1)?.counterpartAccredited).toBe(true);
  });

  it("keeps the latest rating per competency and the latest report", async () => {
    await seedSupervision(world.ctx, trainee, brown);
    const all = (rating: "developing" | "demonstrated") => ({
      C1: { rating },
      C2: { rating },
      C3: { rating },
      C4: { rating },
      C5: { rating: "not_observed" as const },
    });
    await signOffCompetencies(world.ctx, brown, {
      trainee: refTo(trainee),
      ratings: all("developing"),
    });
    const later = contextFor(world.db, new Date("2027-01-10T10:00:00Z"));
    await signOffCompetencies(later, brown, {
      trainee: refTo(trainee),
      ratings: all("demonstrated"),
    });
    const report = { trainee: refTo(trainee), discussedWithTrainee: true as const };
    await submitSupervisorReport(world.ctx, brown, {
      ...report,
      text: "Not ready yet, more co-leading.",
      readyToApply: false,
    });
    await submitSupervisorReport(later, brown, {
      ...report,
      text: "Ready: a careful, reflective leader.",
      readyToApply: true,
    });

    const facts = await loadTraineeFacts(world.db, await traineeId());
    expect(facts.competencies).toEqual({
      C1: "demonstrated",
      C2: "demonstrated",
      C3: "demonstrated",
      C4: "demonstrated",
      C5: "not_observed",
    });
    expect(facts.report).toEqual({ submitted: true, readyToApply: true });
  });

  it("runs the same few queries however many entries there are", async () => {
    await logEntry(world.ctx, trainee, {
      kind: "coled",
      occurredOn: "2026-11-01",
      counterpart: refTo(ahmed),
    });
    const few = countingClient(world.url);
    await loadTraineeFacts(few.client, await traineeId());
    await few.client.$disconnect();

    for (let day = 2; day <= 21; day += 1) {
      const occurredOn = `2026-11-${String(day).padStart(2, "0")}`;
      const counterpart = refTo(day % 2 === 0 ? ahmed : actorFor(`UPEER${day}`));
      await logEntry(world.ctx, trainee, { kind: "coled", occurredOn, counterpart });
    }
    const many = countingClient(world.url);
    const facts = await loadTraineeFacts(many.client, await traineeId());
    await many.client.$disconnect();
    expect(facts.entries).toHaveLength(21);
    expect(many.counter.queries).toBe(few.counter.queries);
    // profile, entries (+ counterparts + their register rows), supervision, sign-offs, reports,
    // first application
    expect(many.counter.queries).toBeLessThanOrEqual(9); // 8: the register periods
  });
});

describe("getProgress", () => {
  it("shows the defaults and the ruleset in force today to someone with no profile, creating nothing", async () => {
    const before = await rowCounts(world.db);
    const progress = await getProgress(world.ctx, actorFor("UNEW"));
    expect(progress.hasProfile).toBe(false);
    expect(progress.ruleset.id).toBe(rulesetForStartDate(TODAY).id);
    expect(progress.profile).toMatchObject({ ukBalintMember: null, professionalTraining: null });
    expect(progress.evaluation.allMet).toBe(false);
    expect(await rowCounts(world.db)).toEqual(before);
  });

  it("does not count the blank profile a first log creates as answered", async () => {
    await logEntry(world.ctx, trainee, { kind: "group_member", occurredOn: "2026-11-20" });
    const progress = await getProgress(world.ctx, trainee);
    expect(progress.hasProfile).toBe(false);
    expect(progress.profile.rulesetId).toBe(rulesetForStartDate(TODAY).id);
  });

  it("evaluates the trainee's entries against the ruleset pinned by their profile", async () => {
    await setUpProfile(world.ctx, trainee, {
      ukBalintMember: true,
      professionalTraining: "General practitioner",
      psychoanalyticTraining: false,
      pathwayStartedOn: "2025-01-01",
    });
    const { entry } = await logEntry(world.ctx, trainee, {
      kind: "coled",
      occurredOn: "2026-11-20",
      count: 3,
      counterpart: refTo(ahmed),
    });
    await decideEntry(world.ctx, ahmed, { entryId: entry.id, version: 1, decision: "confirm" });
    await logEntry(world.ctx, trainee, {
      kind: "coled",
      occurredOn: "2026-11-21",
      counterpart: refTo(ahmed),
    });

    const progress = await getProgress(world.ctx, trainee);
    expect(progress.hasProfile).toBe(true);
    expect(progress.ruleset.id).toBe(rulesetForStartDate("2025-01-01").id);
    expect(progress.profile.pathwayStartedOn).toBe("2025-01-01");
    const coLeading = progress.evaluation.criteria.find((c) => c.id === "co-leading");
    expect(coLeading).toMatchObject({ confirmed: 3, claimed: 1 });
    const membership = progress.evaluation.criteria.find((c) => c.id === "membership");
    expect(membership?.status).not.toBe("missing");
  });

  it("shows a trainee's progress to their supervisor and admins only", async () => {
    await seedSupervision(world.ctx, trainee, brown);
    expect(
      (await getProgress(world.ctx, brown, { trainee: refTo(trainee) })).evaluation,
    ).toBeDefined();
    expect(
      (await getProgress(world.ctx, ADMIN, { trainee: refTo(trainee) })).evaluation,
    ).toBeDefined();
    expect(
      await rejectionOf(getProgress(world.ctx, ahmed, { trainee: refTo(trainee) }), "FORBIDDEN"),
    ).toBe("Only Dr UTRAINEE, their supervisor and admins can see their progress.");
  });
});
