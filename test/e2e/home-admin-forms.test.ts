import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmulatedView } from "../../src/dev/emulator/index.ts";
import { ADMIN_IDS, personFormAction } from "../../src/slack/features/admin/ids.ts";
import {
  PERSON_FORM_KINDS,
  type PersonFormKind,
} from "../../src/slack/features/admin/views/person-forms.ts";
import { PRIVACY_IDS } from "../../src/slack/features/privacy/ids.ts";
import { seedTraineeWithoutReport } from "../slack/applications/e2e-support.ts";
import { filesInDm } from "../slack/privacy/e2e-support.ts";
import { type Harness, startHarness } from "../support/bot-harness.ts";
import { CAST, type CastMember } from "../support/cast.ts";

const textOf = (value: unknown) => JSON.stringify(value);

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ now: "2026-11-26T10:00:00Z" });
  await seedTraineeWithoutReport(h);
  await h.bot.outbox.idle();
});
afterAll(async () => {
  await h.stop();
});

async function homeOf(who: CastMember, containing: string): Promise<EmulatedView> {
  const before = h.emulator.callsTo("views.publish").length;
  await h.driver.openHome({ userId: CAST[who].id });
  await h.emulator.waitUntil(() => h.emulator.callsTo("views.publish").length > before);
  return h.emulator.waitUntil(() => {
    const view = h.emulator.homeView(CAST[who].id);
    return view && textOf(view.blocks).includes(containing) ? view : undefined;
  });
}

/** Clicks a Home button as `who` and returns the top modal once it shows `showing`. */
async function click(who: CastMember, home: EmulatedView, actionId: string, showing: string) {
  const userId = CAST[who].id;
  for (const open of h.emulator.openViews(userId).slice(0, 1))
    h.emulator.closeView(userId, open.id);
  const response = await h.driver.clickButton({ userId, actionId, container: { viewId: home.id } });
  expect(response.status).toBe(200);
  return h.emulator.waitUntil(
    () => {
      const top = h.emulator.openViews(userId).at(-1);
      return top && textOf(top).includes(showing) ? top : undefined;
    },
    10_000,
    () => `no modal showing ${showing}: ${textOf(h.emulator.openViews(userId))}`,
  );
}

/** Opens the admin's form for `kind` from the Home. */
async function openForm(kind: PersonFormKind): Promise<EmulatedView> {
  const home = await homeOf("admin", "About one person");
  const form = await click("admin", home, personFormAction(kind), ADMIN_IDS.personFormModal);
  expect(form.blocks.some((b) => b.type === "input")).toBe(true);
  return form;
}

const submit = (values: Record<string, string>) =>
  h.driver.submitView({ userId: CAST.admin.id, values });

describe("Export my data on everyone's Home", () => {
  it("sends the person's own files to their DM, as `export` does", async () => {
    const home = await homeOf("trainee", "Export my data");
    const answer = await click("trainee", home, PRIVACY_IDS.exportOwn, "direct messages");
    expect(answer.blocks.some((b) => b.type === "input")).toBe(false);
    const files = await filesInDm(h, "trainee");
    expect(files.map((f) => f.name).join()).toMatch(/\.pdf/);
  });
});

describe("the admin's forms about one person", () => {
  it("accredits a person, as `admin accredit @person [date]`", async () => {
    await openForm("accredit");
    const done = await submit({ person: CAST.member.id, date: "2026-11-20" });
    expect(done.viewEffect).toMatchObject({ kind: "updated" });
    expect(textOf(done.body)).toContain(`<@${CAST.member.id}>`);
    const leader = await h.bot.db.accreditedLeader.findFirst({
      where: { person: { slackUserId: CAST.member.id } },
    });
    expect(leader?.accreditedOn).toBe("2026-11-20");
  });

  it("confirms a membership, as `admin member @person [date]`", async () => {
    await openForm("member");
    const done = await submit({ person: CAST.trainee.id, date: "2026-03-01" });
    expect(textOf(done.body)).toContain("membership on 1 Mar 2026");
  });

  it("enters a trainee on the pathway, asking for the date the command needs", async () => {
    await openForm("pathway");
    const undated = await submit({ person: CAST.trainee.id });
    expect(undated.viewEffect).toMatchObject({ kind: "errors" });
    const done = await submit({ person: CAST.trainee.id, date: "2024-01-10" });
    expect(textOf(done.body)).toContain("on the pathway from 10 Jan 2024; the date is locked");
  });

  it("shows a leader's history, as `admin leader history @person`", async () => {
    await openForm("history");
    const done = await submit({ person: CAST.leader.id });
    expect(textOf(done.body)).toContain("accreditation periods (1)");
    expect(textOf(done.body)).toContain("From 1 Mar 2015, accredited now");
  });

  it("exports a person's data to the admin's DM, as `admin export @person`", async () => {
    await openForm("export");
    await submit({ person: CAST.trainee.id });
    await h.emulator.waitUntil(() => {
      const top = h.emulator.openViews(CAST.admin.id).at(-1);
      return textOf(top).includes(`the export for <@${CAST.trainee.id}>`) ? top : undefined;
    }, 10_000);
    const files = await filesInDm(h, "admin");
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  it("says the export failed, instead of One moment… for ever, when Slack's upload fails", async () => {
    await openForm("export");
    h.emulator.failNext("files.getUploadURLExternal", "internal_error", { times: 10 });
    await submit({ person: CAST.trainee.id });
    const shown = await h.emulator.waitUntil(() => {
      const top = textOf(h.emulator.openViews(CAST.admin.id).at(-1));
      return top.includes("something went wrong") ? top : undefined;
    }, 10_000);
    expect(shown).not.toContain("One moment");
  });

  it("erases only after the confirm step, as `admin erase @person`", async () => {
    const askToErase = async () => {
      await openForm("erase");
      const asked = await submit({ person: CAST.member.id });
      expect(asked.viewEffect).toMatchObject({ kind: "updated" });
      const confirm = h.emulator.openViews(CAST.admin.id).at(-1);
      expect(confirm?.callback_id).toBe(ADMIN_IDS.eraseConfirmModal);
      if (!confirm) throw new Error("no confirm step");
      return confirm;
    };
    await openForm("erase");
    const self = await submit({ person: CAST.admin.id });
    expect(self.viewEffect).toMatchObject({ kind: "errors" });
    const members = () => h.bot.db.person.count({ where: { slackUserId: CAST.member.id } });

    // Someone else submitting the admin's confirm step erases nothing.
    const forged = await h.driver.submitView({
      userId: CAST.stranger.id,
      view: await askToErase(),
    });
    expect(textOf(forged.body)).toContain("Only the bot's admins");
    expect(await members()).toBe(1);

    await askToErase();
    await h.driver.submitView({ userId: CAST.admin.id, values: {} });
    await h.emulator.waitUntil(() => {
      const top = h.emulator.openViews(CAST.admin.id).at(-1);
      return top && textOf(top).includes(`Erased <@${CAST.member.id}>`) ? top : undefined;
    }, 10_000);
    expect(await members()).toBe(0);
  });

  it("refuses the buttons and a forged form to anyone but an admin, changing nothing", async () => {
    const home = await homeOf("admin", "About one person");
    for (const kind of PERSON_FORM_KINDS) {
      const refused = await click("stranger", home, personFormAction(kind), "Only");
      expect(refused.blocks.some((b) => b.type === "input")).toBe(false);
    }
    const dm = h.emulator.dmChannelFor(CAST.admin.id);
    const opened = h.emulator.callsTo("views.open").length;
    await h.driver.clickButton({
      userId: CAST.admin.id,
      actionId: personFormAction("accredit"),
      value: '{"form":"erase"}',
      container: { viewId: home.id },
    });
    await h.emulator.waitUntil(() =>
      h.emulator.messagesIn(dm).some((m) => m.text.includes("That button is out of date")),
    );
    expect(h.emulator.callsTo("views.open").length).toBe(opened);

    const form = await openForm("accredit");
    const forged = await h.driver.submitView({
      userId: CAST.stranger.id,
      view: form,
      values: { person: CAST.newcomer.id },
    });
    expect(textOf(forged.body)).toContain("Only");
    expect(await h.bot.db.person.count({ where: { slackUserId: CAST.newcomer.id } })).toBe(0);
  });
});
