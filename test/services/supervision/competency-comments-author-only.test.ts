import { describe, expect, it } from "vitest";
import { prepareCompetencySignOff } from "../../../src/services/supervision/prepare-competency-sign-off.ts";
import { prepareSupervisorReport } from "../../../src/services/supervision/prepare-supervisor-report.ts";
import { signOffCompetencies } from "../../../src/services/supervision/sign-off-competencies.ts";
import { submitSupervisorReport } from "../../../src/services/supervision/submit-supervisor-report.ts";
import { competenciesModal } from "../../../src/slack/features/supervision/views/sign-off/competencies-modal.ts";
import {
  PEOPLE,
  refTo,
  seedLeader,
  seedSupervision,
  TEAM,
  useServiceDatabase,
} from "../../support/services.ts";

/**
 * docs/privacy.md's matrix: competency comments are seen by the trainee and "their supervisor:
 * yes (the author)", "another supervisor: no". When a trainee moves from Dr Ahmed to Dr Brown,
 * Dr Brown's sign-off form shows Dr Ahmed's ratings (growth across supervisors) but not his
 * comments, as the report form starts only from Dr Brown's own report. Found by the privacy red
 * team.
 */
const { trainee, ahmed, brown } = PEOPLE;
const COMMENT = "CANARYAHMEDCOMMENT31 struggles when the group goes quiet";
const REPORT = "CANARYAHMEDREPORT55 a thoughtful leader who is ready";
const OWN = "CANARYBROWNCOMMENT47 holds the silence well now";

const world = useServiceDatabase(async (ctx) => {
  await seedLeader(ctx, ahmed, "2015-05-01");
  await seedLeader(ctx, brown, "2010-01-01");
  await seedSupervision(ctx, trainee, ahmed);
});

const formFor = async (supervisor: typeof brown) => {
  const prepared = await prepareCompetencySignOff(world.ctx, supervisor, {
    trainee: refTo(trainee),
  });
  return { prepared, modal: JSON.stringify(competenciesModal(prepared, TEAM, "Europe/London")) };
};

describe("a new supervisor's competency form", () => {
  it("shows the previous supervisor's ratings, not their comments; the author's own are quoted", async () => {
    await signOffCompetencies(world.ctx, ahmed, {
      trainee: refTo(trainee),
      ratings: {
        C1: { rating: "developing", comment: COMMENT },
        C2: { rating: "developing" },
        C3: { rating: "developing" },
        C4: { rating: "developing" },
        C5: { rating: "developing" },
      },
    });
    await submitSupervisorReport(world.ctx, ahmed, {
      trainee: refTo(trainee),
      text: REPORT,
      discussedWithTrainee: true,
      readyToApply: true,
    });
    // The trainee moves to Dr Brown (accepting ends Dr Ahmed's supervision).
    await seedSupervision(world.ctx, trainee, brown);

    // The report form keeps Dr Ahmed's report from Dr Brown (author-only, as documented)…
    const report = await prepareSupervisorReport(world.ctx, brown, { trainee: refTo(trainee) });
    expect(report.previous).toBeNull();

    // …and so does the competency form with his comment, while his rating still shows.
    const before = await formFor(brown);
    expect(before.modal, "Dr Ahmed's comment is shown to Dr Brown").not.toContain(
      "CANARYAHMEDCOMMENT31",
    );
    expect(before.prepared.latest.C1).toMatchObject({ rating: "developing", comment: null });
    expect(before.modal).toContain("Last sign-off, 26 Nov 2026: Developing_");

    // Dr Brown's own comment is quoted back to Dr Brown.
    await signOffCompetencies(world.ctx, brown, {
      trainee: refTo(trainee),
      ratings: {
        C1: { rating: "demonstrated", comment: OWN },
        C2: { rating: "developing" },
        C3: { rating: "developing" },
        C4: { rating: "developing" },
        C5: { rating: "developing" },
      },
    });
    const after = await formFor(brown);
    expect(after.prepared.latest.C1).toMatchObject({ rating: "demonstrated", comment: OWN });
    expect(after.modal).toContain("CANARYBROWNCOMMENT47");
  });
});
