import { describe, expect, it } from "vitest";
import { ADMIN_IDS, personFormAction } from "../../../src/slack/features/admin/ids.ts";
import {
  adminHomeBlocks,
  MAX_LEADERS_WITH_BUTTONS,
} from "../../../src/slack/features/admin/views/admin-home.ts";
import {
  addLeaderModal,
  removeLeaderModal,
} from "../../../src/slack/features/admin/views/leader-forms.ts";
import {
  eraseConfirmModal,
  PERSON_FORM_KINDS,
  personFormModal,
  personFormResultModal,
} from "../../../src/slack/features/admin/views/person-forms.ts";
import { homeApplication } from "../../../src/slack/features/applications/views/home-application.ts";
import {
  MAX_HOME_APPLICATIONS,
  subcommitteeHomeBlocks,
} from "../../../src/slack/features/applications/views/subcommittee-home.ts";
import { welcomeBlocks } from "../../../src/slack/features/home/welcome-section.ts";
import { PRIVACY_IDS } from "../../../src/slack/features/privacy/ids.ts";
import { SHARED_IDS } from "../../../src/slack/ids.ts";
import { SLACK_LIMITS } from "../../../src/slack/views/limits.ts";
import { hostileDigest, hostileEvaluation, myApplication } from "../hostile/hostile-fixtures.ts";

const textOf = (value: unknown) => JSON.stringify(value);
const TZ = "Europe/London";

describe("the welcome at the top of every Home", () => {
  it("gives a newcomer the pathway and three first steps", () => {
    const blocks = welcomeBlocks("/balint", true);
    expect(textOf(blocks)).toContain("co-leading at least 20 sessions");
    const first = blocks.find((b) => b.block_id === "home_newcomer_actions");
    expect(textOf(first)).toContain(SHARED_IDS.openInterest);
    expect(textOf(first)).toContain(SHARED_IDS.openProfile);
    expect(textOf(first)).toContain(SHARED_IDS.openLog);
  });

  it("gives everyone else only what anyone may ask for", () => {
    const blocks = welcomeBlocks("/balint", false);
    expect(textOf(blocks)).not.toContain("New here?");
    expect(textOf(blocks)).toContain("Ask for a training day");
  });

  it("offers everyone Export my data, as `export` does", () => {
    for (const newcomer of [true, false]) {
      const everyone = welcomeBlocks("/balint", newcomer).find(
        (b) => b.block_id === "home_everyone_actions",
      );
      expect(textOf(everyone)).toContain(`"${PRIVACY_IDS.exportOwn}"`);
    }
  });
});

describe("the trainee's application on the Home", () => {
  const evaluation = hostileEvaluation();

  it("is only the Apply button before the first application", () => {
    const home = homeApplication({ application: null, leaderSince: null }, evaluation, TZ);
    expect(home.line).toBeNull();
    expect(home.button?.text.text).toMatch(/^Apply/);
  });

  it("shows the state once applied, with no button while the subcommittee has it", () => {
    const home = homeApplication(myApplication("submitted"), evaluation, TZ);
    expect(home.line).toMatch(/^\*Your application\* of \d+ \w+ 2026: /);
    expect(home.button).toBeUndefined();
    const asked = homeApplication(myApplication("more_info_requested"), evaluation, TZ);
    expect(asked.button?.text.text).toBe("Update and resubmit");
  });
});

describe("the subcommittee's section", () => {
  it("lists each waiting application with Open, and decisions without their reasons", () => {
    const { pending, decisions } = hostileDigest();
    const blocks = subcommitteeHomeBlocks({ pending, decisions, timeZone: TZ });
    const text = textOf(blocks);
    expect(text).toContain("Waiting for a decision (1), oldest first");
    expect(text).toContain("waiting 30 days");
    expect(text).toContain(`"${SHARED_IDS.openApplication}"`);
    expect(text).toContain("Decisions this month (1)");
    expect(text).toContain("Recommended to the Balint Council");
    expect(text).not.toContain("<!channel>");
  });

  it("stays within the Home's blocks however many wait", () => {
    const [one] = hostileDigest().pending;
    if (!one) throw new Error("fixture");
    const pending = Array.from({ length: 60 }, (_, i) => ({ ...one, id: i + 1 }));
    const blocks = subcommitteeHomeBlocks({ pending, decisions: [], timeZone: TZ });
    expect(blocks.filter((b) => b.type === "section" && "accessory" in b)).toHaveLength(
      MAX_HOME_APPLICATIONS,
    );
    expect(textOf(blocks)).toContain("and 40 more");
    expect(blocks.length).toBeLessThan(SLACK_LIMITS.blocksPerView / 2);
  });
});

describe("the admin's section", () => {
  const leader = (i: number) => ({
    personId: i,
    slackTeamId: "T1",
    slackUserId: `UL${i + 10}`,
    displayName: null,
    accreditedOn: "2015-05-01",
  });

  it("shows each job's last run and whether it finished", () => {
    const blocks = adminHomeBlocks({
      leaders: [leader(1)],
      jobs: [
        { job: "digest", last: null },
        {
          job: "reminders",
          last: {
            period: "2026-11-26",
            startedAt: new Date("2026-11-26T10:00:00Z"),
            finishedAt: new Date("2026-11-26T10:00:03Z"),
          },
        },
        {
          job: "backup",
          last: {
            period: "2026-11-26",
            startedAt: new Date("2026-11-26T02:30:00Z"),
            finishedAt: null,
          },
        },
      ],
      jobNames: { digest: "Weekly digest", reminders: "Daily reminders", backup: "Daily backup" },
      timeZone: TZ,
    });
    const text = textOf(blocks);
    expect(text).toContain("*Weekly digest*: has not run yet.");
    expect(text).toContain(
      ":white_check_mark: *Daily reminders*: last run 2026-11-26, started 26 Nov 2026 10:00, finished 26 Nov 2026 10:00.",
    );
    expect(text).toContain(
      ":x: *Daily backup*: last run 2026-11-26, started 26 Nov 2026 02:30, and did not finish",
    );
    expect(text).toContain(`"${ADMIN_IDS.runDigest}"`);
    expect(text).toContain(`"${ADMIN_IDS.runReminders}"`);
  });

  it("gives the first leaders a Remove button each and lists the rest", () => {
    const leaders = Array.from({ length: 30 }, (_, i) => leader(i));
    const blocks = adminHomeBlocks({ leaders, jobs: [], jobNames: {}, timeZone: TZ });
    const removes = (textOf(blocks).match(new RegExp(`"${ADMIN_IDS.removeLeader}"`, "g")) ?? [])
      .length;
    expect(removes).toBe(MAX_LEADERS_WITH_BUTTONS + 1);
    expect(textOf(blocks)).toContain("<@UL39>");
  });

  it("has forms to add (dated today by default) and remove (with the person chosen)", () => {
    expect(textOf(addLeaderModal("2026-11-26"))).toContain('"initial_date":"2026-11-26"');
    expect(textOf(removeLeaderModal("UL11"))).toContain('"initial_user":"UL11"');
    expect(textOf(removeLeaderModal())).not.toContain("initial_user");
  });

  it("has one button per admin command about a person, each with its own action id", () => {
    const blocks = adminHomeBlocks({ leaders: [], jobs: [], jobNames: {}, timeZone: TZ });
    const row = blocks.find((b) => b.block_id === ADMIN_IDS.personActions);
    const ids = row?.type === "actions" ? row.elements.map((e) => e.action_id) : [];
    expect(ids).toEqual(PERSON_FORM_KINDS.map(personFormAction));
    expect(textOf(row)).toContain('"value":"{\\"form\\":\\"erase\\"}"');
  });

  it("asks for the person, and the date where the command takes one", () => {
    const inputs = (kind: (typeof PERSON_FORM_KINDS)[number]) =>
      personFormModal(kind, "2026-11-26", "{}").blocks.filter((b) => b.type === "input");
    expect(inputs("accredit").map((b) => b.block_id)).toEqual(["person", "date"]);
    expect(textOf(inputs("accredit")[1])).toContain('"initial_date":"2026-11-26"');
    expect(textOf(inputs("accredit")[1])).toContain('"optional":true');
    expect(inputs("member").map((b) => b.block_id)).toEqual(["person", "date"]);
    const pathway = inputs("pathway");
    expect(textOf(pathway[1])).not.toContain("initial_date");
    expect(textOf(pathway[1])).not.toContain('"optional":true');
    for (const kind of ["history", "export", "erase"] as const) {
      expect(inputs(kind).map((b) => b.block_id)).toEqual(["person"]);
    }
    expect(personFormModal("erase", "2026-11-26", '{"form":"erase"}')).toMatchObject({
      callback_id: ADMIN_IDS.personFormModal,
      private_metadata: '{"form":"erase"}',
    });
  });

  it("asks the admin to confirm an erasure, then shows the answer in place of the form", () => {
    const confirm = eraseConfirmModal("UL11", '{"person":"UL11"}');
    expect(confirm.callback_id).toBe(ADMIN_IDS.eraseConfirmModal);
    expect(textOf(confirm)).toContain("*Erase <@UL11>?*");
    expect(textOf(confirm)).toContain("Erase for good");
    const answer = personFormResultModal("history", { text: "plain", blocks: [] });
    expect(answer.blocks).toEqual([]);
    expect(textOf(personFormResultModal("export", { text: "Sent." }))).toContain("Sent.");
  });
});
