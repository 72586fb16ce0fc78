import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { EmulatedView } from "../../src/dev/emulator/index.ts";
import {
  command,
  dmMessages,
  makeSupervisor,
  privateReplies,
  registerLeader,
  textOf,
} from "../slack/supervision/e2e-support.ts";
import { type Harness, startHarness } from "../support/bot-harness.ts";
import { CAST, type CastMember, escapedMention } from "../support/cast.ts";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
  await registerLeader(h);
});
afterEach(async () => {
  await h.stop();
});

/** Runs the command and waits until its modal has loaded (a form, or a refusal). */
async function openModal(who: CastMember, text: string): Promise<EmulatedView> {
  const bottom = h.emulator.openViews(CAST[who].id)[0];
  if (bottom) h.emulator.closeView(CAST[who].id, bottom.id);
  await command(h, who, text);
  return h.whenIdle(() =>
    h.emulator.openViews(CAST[who].id).find((v) => !textOf(v.blocks).includes("One moment")),
  );
}

const RATED = {
  C1_rating: "demonstrated",
  C2_rating: "developing",
  C3_rating: "developing",
  C4_rating: "not_observed",
  C5_rating: "demonstrated",
};

const REPORT =
  "Sam has co-led twenty sessions with me and holds the group's boundaries with care and confidence.";

describe("competencies", () => {
  it("refuses anyone but the trainee's supervisor, clearly, and writes nothing", async () => {
    for (const who of ["stranger", "leader"] as const) {
      const view = await openModal(who, `competencies ${escapedMention("trainee")}`);
      expect(textOf(view.blocks)).toContain(
        `Only <@${CAST.trainee.id}>'s supervisor can sign off their competencies.`,
      );
      expect(view.blocks.some((b) => b.type === "input")).toBe(false);
    }
    expect(await h.bot.db.competencySignOff.count()).toBe(0);
  });

  it("asks for the trainee with @", async () => {
    await command(h, "leader", "competencies Sam");
    await h.whenIdle(() => privateReplies(h, "leader").length > 0);
    expect(privateReplies(h, "leader").join()).toContain("competencies @Sam Patel");
    expect(h.emulator.callsTo("views.open")).toHaveLength(0);
  });

  it("signs off the five competencies in the society's words, keeping each sign-off", async () => {
    await makeSupervisor(h);
    const form = await openModal("leader", `competencies ${escapedMention("trainee")}`);
    const shown = textOf(form.blocks);
    expect(shown).toContain("Encourage the development of a safe and free environment");
    expect(shown).toContain("not an end in itself");
    expect(shown).toContain("Not yet observed");

    const missing = await h.driver.submitView({ userId: CAST.leader.id, values: {} });
    expect(missing.body).toMatchObject({
      response_action: "errors",
      errors: { C1_rating: expect.stringContaining("Rate C1") },
    });
    expect(await h.bot.db.competencySignOff.count()).toBe(0);

    const done = await h.driver.submitView({
      userId: CAST.leader.id,
      values: { ...RATED, C2_comment: "Still drawn to teaching at times." },
    });
    expect(done.viewEffect?.kind).toBe("updated");
    const notice = await h.whenIdle(() =>
      dmMessages(h, "trainee").find((m) => m.text.includes("signed off your competencies")),
    );
    expect(textOf(notice.blocks)).toContain("Still drawn to teaching at times.");
    expect(await h.bot.db.competencySignOff.count()).toBe(5);

    // A second sign-off starts from the latest ratings and shows what changed.
    h.clock.set("2027-02-10T10:00:00Z");
    const again = await openModal("leader", `competencies ${escapedMention("trainee")}`);
    expect(textOf(again.blocks)).toContain("Last sign-off, 26 Nov 2026: Developing");
    const prefilled = again.blocks.find((b) => b.block_id === "C2_rating");
    expect(textOf(prefilled)).toContain(
      '"initial_option":{"text":{"type":"plain_text","text":"Developing"',
    );
    await h.driver.submitView({ userId: CAST.leader.id, values: { C2_rating: "demonstrated" } });
    const second = await h.whenIdle(() =>
      dmMessages(h, "trainee").find((m) => m.text.includes("10 Feb 2027")),
    );
    expect(textOf(second.blocks)).toContain("Demonstrated (was Developing)");
    const history = await h.bot.db.competencySignOff.findMany({
      where: { competency: "C2" },
      orderBy: { signedAt: "asc" },
    });
    expect(history.map((s) => s.rating)).toEqual(["developing", "demonstrated"]);
    expect(await h.bot.db.auditLog.count({ where: { action: "competencies.signed_off" } })).toBe(2);
  });
});

describe("the supervisor's report", () => {
  it("refuses anyone but the trainee's supervisor", async () => {
    const view = await openModal("stranger", `report ${escapedMention("trainee")}`);
    expect(textOf(view.blocks)).toContain(
      `Only <@${CAST.trainee.id}>'s supervisor can write their supervisor's report.`,
    );
    expect(await h.bot.db.supervisorReport.count()).toBe(0);
  });

  it("needs the discussion with the trainee, then reaches the trainee and the supervisor", async () => {
    await makeSupervisor(h);
    await openModal("leader", `report ${escapedMention("trainee")}`);

    const undiscussed = await h.driver.submitView({
      userId: CAST.leader.id,
      values: { text: REPORT, ready: "yes" },
    });
    expect(undiscussed.body).toMatchObject({
      response_action: "errors",
      errors: { discussed: expect.stringContaining("discuss the report with the trainee") },
    });
    const short = await h.driver.submitView({
      userId: CAST.leader.id,
      values: { text: "Good.", discussed: ["yes"], ready: "yes" },
    });
    expect(short.body).toMatchObject({
      response_action: "errors",
      errors: { text: expect.any(String) },
    });
    expect(await h.bot.db.supervisorReport.count()).toBe(0);

    const sent = await h.driver.submitView({
      userId: CAST.leader.id,
      values: { text: REPORT, discussed: ["yes"], ready: "yes" },
    });
    expect(sent.viewEffect?.kind).toBe("updated");
    const forTrainee = await h.whenIdle(() =>
      dmMessages(h, "trainee").find((m) => m.text.includes("written your supervisor's report")),
    );
    expect(textOf(forTrainee.blocks)).toContain("holds the group's boundaries");
    expect(textOf(forTrainee.blocks)).toContain("Ready to apply: *yes*");
    const forSupervisor = await h.whenIdle(() =>
      dmMessages(h, "leader").find((m) => m.text.includes("report for")),
    );
    expect(textOf(forSupervisor.blocks)).toContain("holds the group's boundaries");
    expect(await h.bot.db.supervisorReport.findFirstOrThrow()).toMatchObject({
      discussedWithTrainee: true,
      readyToApply: true,
      text: REPORT,
    });
    const audit = await h.bot.db.auditLog.findFirstOrThrow({
      where: { action: "report.submitted" },
    });
    expect(audit.details).not.toContain("boundaries");
    expect(h.logLines.join("\n")).not.toContain("boundaries");

    const reopened = await openModal("leader", `report ${escapedMention("trainee")}`);
    expect(textOf(reopened.blocks)).toContain("holds the group's boundaries");
  });
});
