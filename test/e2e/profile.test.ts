import { WebClient } from "@slack/web-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmulatedView } from "../../src/dev/emulator/index.ts";
import { SHARED_IDS } from "../../src/slack/ids.ts";
import { type Harness, lookAtHome, startHarness } from "../support/bot-harness.ts";
import { CAST } from "../support/cast.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ now: "2026-11-26T10:00:00Z" });
});
afterAll(async () => {
  await h.stop();
});

const sam = CAST.trainee.id;
const json = (value: unknown) => JSON.stringify(value);

/** The profile form once the bot has filled it in (it opens a placeholder first). */
async function profileForm(userId: string, depth = 1): Promise<EmulatedView> {
  return h.whenIdle(() => {
    const stack = h.emulator.openViews(userId);
    const top = stack.at(-1);
    return stack.length === depth && top?.callback_id === "profile_form" ? top : undefined;
  });
}

function element(view: EmulatedView, blockId: string): Record<string, unknown> {
  const block = view.blocks.find((b) => b.block_id === blockId);
  return (block?.element ?? {}) as Record<string, unknown>;
}

async function lastDm(userId: string, count: number) {
  const channel = h.emulator.dmChannelFor(userId);
  return h.whenIdle(() => h.emulator.messagesIn(channel)[count - 1]);
}

const good = {
  ukBalintMember: "yes",
  professionalTraining: "GP (MRCGP)",
  psychoanalyticTraining: "no",
  pathwayStartedOn: "2025-03-01",
};

describe("/balint profile", () => {
  it("opens the form at once, then shows it empty for someone new", async () => {
    await h.driver.slashCommand({ userId: sam, text: "profile" });
    const opened = await h.whenIdle(() =>
      h.emulator.calls.find((call) => call.method === "views.open"),
    );
    expect(opened.response.ok).toBe(true);
    const form = await profileForm(sam);
    expect(element(form, "professionalTraining")).not.toHaveProperty("initial_value");
    expect(json(form.blocks)).toContain("decides which version of the society's criteria applies");
  });

  it("answers bad input with errors beside the fields and saves nothing", async () => {
    const response = await h.driver.submitView({
      userId: sam,
      values: {
        professionalTraining: "x",
        psychoanalyticTraining: "yes",
        pathwayStartedOn: "2027-01-05",
      },
    });
    expect(response.viewEffect).toEqual({
      kind: "errors",
      errors: {
        ukBalintMember: "Say whether you are a member of the UK Balint Society.",
        professionalTraining: expect.stringContaining("health or health-related field"),
        pathwayStartedOn:
          "The date you started the pathway 2027-01-05 is in the future: today is 2026-11-26.",
      },
    });
    expect(await h.bot.db.traineeProfile.count()).toBe(0);
    expect(await h.bot.db.auditLog.count()).toBe(0);
  });

  it("saves good answers, pins the criteria, confirms privately and refreshes the Home", async () => {
    const response = await h.driver.submitView({ userId: sam, values: good });
    expect(response.viewEffect).toEqual({ kind: "closed" });

    const profile = await h.bot.db.traineeProfile.findFirstOrThrow({ include: { person: true } });
    expect(profile).toMatchObject({
      ukBalintMember: true,
      professionalTraining: "GP (MRCGP)",
      psychoanalyticTraining: false,
      pathwayStartedOn: "2025-03-01",
      rulesetId: "bsuk-2016-02",
    });
    expect(profile.person.slackUserId).toBe(sam);

    const dm = await lastDm(sam, 1);
    expect(dm.text).toContain("Your profile is saved");
    expect(dm.text).toContain(
      "Accreditation of Balint group leaders (Balint Society UK criteria, February 2016)",
    );
    expect(json(dm.blocks)).toContain("*Began the pathway*\\n1 Mar 2025");
    // Sam had not met the bot before, so no Home of theirs is on screen: it is drawn when opened.
    await h.idle();
    expect(h.emulator.callsTo("views.publish")).toEqual([]);
    await lookAtHome(h, sam);
  });

  it("opens prefilled with the saved answers", async () => {
    await h.driver.slashCommand({ userId: sam, text: "profile" });
    await h.whenIdle(() => h.emulator.callsTo("views.update").length >= 2);
    const form = await profileForm(sam);
    expect(element(form, "ukBalintMember")).toMatchObject({ initial_option: { value: "yes" } });
    expect(element(form, "professionalTraining")).toMatchObject({ initial_value: "GP (MRCGP)" });
    expect(element(form, "psychoanalyticTraining")).toMatchObject({
      initial_option: { value: "no" },
    });
    expect(element(form, "pathwayStartedOn")).toMatchObject({ initial_date: "2025-03-01" });
  });

  it("keeps a start date before the oldest criteria on the oldest criteria", async () => {
    await h.driver.submitView({ userId: sam, values: { ...good, pathwayStartedOn: "2012-06-01" } });
    const dm = await lastDm(sam, 2);
    expect(dm.text).toContain("Accreditation of Balint group leaders");
    const profile = await h.bot.db.traineeProfile.findFirstOrThrow();
    expect(profile).toMatchObject({ pathwayStartedOn: "2012-06-01", rulesetId: "bsuk-2016-02" });
  });
});

describe("the shared Complete your profile button", () => {
  const client = () => new WebClient("xoxb-test", { slackApiUrl: h.emulator.url });
  const profileButton = {
    type: "actions",
    block_id: "prompt",
    elements: [
      {
        type: "button",
        text: { type: "plain_text", text: "Complete your profile" },
        action_id: SHARED_IDS.openProfile,
        value: "profile",
      },
    ],
  };

  it("opens the profile form from a message", async () => {
    const who = CAST.newcomer.id;
    const posted = await client().chat.postMessage({
      channel: h.emulator.dmChannelFor(who),
      text: "Complete your profile",
      blocks: [profileButton],
    });
    await h.driver.clickButton({
      userId: who,
      actionId: SHARED_IDS.openProfile,
      container: { channelId: h.emulator.dmChannelFor(who), messageTs: posted.ts ?? "" },
    });
    await profileForm(who);
  });

  it("pushes the profile form on top when clicked inside another modal", async () => {
    const who = CAST.member.id;
    const opened = await client().views.open({
      trigger_id: h.emulator.issueTriggerId(who),
      view: { type: "modal", title: { type: "plain_text", text: "Log" }, blocks: [profileButton] },
    });
    await h.driver.clickButton({
      userId: who,
      actionId: SHARED_IDS.openProfile,
      container: { viewId: opened.view?.id ?? "" },
    });
    const form = await profileForm(who, 2);
    expect(h.emulator.openViews(who)[0]?.id).toBe(opened.view?.id);
    expect(form.previous_view_id).toBe(opened.view?.id);
  });
});
