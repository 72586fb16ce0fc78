import { describe, expect, it } from "vitest";
import { rulesetForStartDate } from "../../../src/domain/rulesets/index.ts";
import { logEntry } from "../../../src/services/entries/log-entry.ts";
import { setUpProfile } from "../../../src/services/progress/set-up-profile.ts";
import { PEOPLE, rejectionOf, rowCounts, useServiceDatabase } from "../../support/services.ts";

const { trainee } = PEOPLE;

const world = useServiceDatabase();

const answers = {
  ukBalintMember: true,
  professionalTraining: "  General practitioner (MRCGP)  ",
  psychoanalyticTraining: false,
  pathwayStartedOn: "2024-09-01",
};

describe("setUpProfile", () => {
  it("creates the profile, pinning the ruleset in force on the start date", async () => {
    const { profile, created } = await setUpProfile(world.ctx, trainee, answers);
    expect(created).toBe(true);
    expect(profile).toMatchObject({
      ukBalintMember: true,
      professionalTraining: "General practitioner (MRCGP)",
      psychoanalyticTraining: false,
      pathwayStartedOn: "2024-09-01",
      rulesetId: rulesetForStartDate("2024-09-01").id,
    });
    const audit = await world.db.auditLog.findMany();
    expect(audit.map((a) => a.action)).toEqual(["profile.created"]);
    expect(audit[0]?.details).not.toContain("General practitioner");
  });

  it("updates the profile a first log created, keeping one row", async () => {
    await logEntry(world.ctx, trainee, { kind: "group_member", occurredOn: "2026-11-20" });
    const before = await world.db.traineeProfile.findFirstOrThrow();
    expect(before).toMatchObject({ ukBalintMember: null, professionalTraining: null });
    expect(before.rulesetId).toBe(rulesetForStartDate("2026-11-26").id);

    const { profile, created } = await setUpProfile(world.ctx, trainee, {
      ...answers,
      pathwayStartedOn: null,
    });
    expect(created).toBe(false);
    expect(profile.id).toBe(before.id);
    expect(profile.pathwayStartedOn).toBeNull();
    expect(await world.db.traineeProfile.count()).toBe(1);
  });

  it("clears an admin's membership confirmation when the answer changes", async () => {
    const { profile } = await setUpProfile(world.ctx, trainee, answers);
    await world.db.traineeProfile.update({
      where: { id: profile.id },
      data: { membershipConfirmedAt: new Date("2026-11-01T00:00:00Z") },
    });
    const same = await setUpProfile(world.ctx, trainee, answers);
    expect(same.profile.membershipConfirmedAt).not.toBeNull();
    const changed = await setUpProfile(world.ctx, trainee, { ...answers, ukBalintMember: false });
    expect(changed.profile.membershipConfirmedAt).toBeNull();
  });

  it.each([
    [
      "one-letter training",
      { professionalTraining: "x" },
      /professional training in a health or health-related field/,
    ],
    [
      "training over 300 characters",
      { professionalTraining: "x".repeat(301) },
      /2 to 300 characters/,
    ],
    ["a future start date", { pathwayStartedOn: "2026-12-01" }, /in the future/],
    ["a start date in 1949", { pathwayStartedOn: "1949-06-01" }, /on or after 1950-01-01/],
    ["no membership answer", { ukBalintMember: undefined }, /member of the UK Balint Society/],
    [
      "a patient's name in the training",
      { professionalTraining: "GP; my registrar year with Mrs Patel's family" },
      /Mrs Patel/,
    ],
    [
      "an NHS number in the psychoanalytic training",
      {
        psychoanalyticTraining: true,
        psychoanalyticTrainingDetails: "Seminars, case 943 476 5919",
      },
      /NHS number/,
    ],
  ])("refuses %s and writes nothing", async (_label, change, message) => {
    const before = await rowCounts(world.db);
    const userMessage = await rejectionOf(
      setUpProfile(world.ctx, trainee, { ...answers, ...change } as typeof answers),
      "INVALID_INPUT",
    );
    expect(userMessage).toMatch(message);
    expect(await rowCounts(world.db)).toEqual(before);
  });
});
