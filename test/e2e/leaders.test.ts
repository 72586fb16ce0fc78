import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensurePerson } from "../../src/db/people.ts";
import { command, privateReplies, textOf } from "../slack/supervision/e2e-support.ts";
import { type Harness, lookAtHome, startHarness } from "../support/bot-harness.ts";
import { CAST, escapedMention } from "../support/cast.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.stop();
});

async function registerRows() {
  return h.bot.db.accreditedLeader.findMany({ include: { person: true } });
}

describe("the register of accredited leaders", () => {
  it("is empty at first, and says how to add someone", async () => {
    const response = await command(h, "stranger", "leaders");
    expect(textOf(response.body)).toContain("Nobody is on the register");
  });

  it("refuses a non-admin using admin leader, writing nothing", async () => {
    await command(h, "trainee", `admin leader add ${escapedMention("trainee")} 2019-05-01`);
    await h.whenIdle(() => privateReplies(h, "trainee").length > 0);
    expect(privateReplies(h, "trainee").join()).toContain("Only the bot's admins");
    expect(await registerRows()).toHaveLength(0);
  });

  it("lets the admin add a leader with an accreditation date", async () => {
    const response = await command(
      h,
      "admin",
      `admin leader add ${escapedMention("leader")} 2019-05-01`,
    );
    expect(textOf(response.body)).toContain(
      `Added <@${CAST.leader.id}> to the register of accredited leaders, accredited on 1 May 2019.`,
    );
    const rows = await registerRows();
    expect(rows).toMatchObject([{ accreditedOn: "2019-05-01", removedAt: null }]);
    expect(rows[0]?.person.slackUserId).toBe(CAST.leader.id);
    const audit = await h.bot.db.auditLog.findMany({ where: { action: "leader.added" } });
    expect(audit).toHaveLength(1);
  });

  it("defaults the date to today and accepts UK dates", async () => {
    const today = await command(h, "admin", `admin leader add ${escapedMention("member")}`);
    expect(textOf(today.body)).toContain("accredited on 26 Nov 2026");
    const uk = await command(h, "admin", `admin leader add ${escapedMention("member")} 14/03/2020`);
    expect(textOf(uk.body)).toContain("accreditation date to 14 Mar 2020");
  });

  it("lists the register for anyone, in name order with dates", async () => {
    const response = await command(h, "newcomer", "leaders");
    const text = textOf(response.body);
    expect(response.body).toMatchObject({ response_type: "ephemeral" });
    expect(text).toContain("The register of accredited leaders* (2)");
    expect(text).toContain(`<@${CAST.leader.id}>, accredited on 1 May 2019`);
    expect(text).toContain(`<@${CAST.member.id}>, accredited on 14 Mar 2020`);
  });

  it("refuses bad input clearly and writes nothing", async () => {
    const before = await h.bot.db.auditLog.count();
    await command(h, "admin", "admin leader add Dr Ahmed");
    await command(h, "admin", `admin leader add ${escapedMention("newcomer")} 31/02/2020`);
    await command(h, "admin", `admin leader add ${escapedMention("newcomer")} 2030-01-01`);
    await command(h, "admin", "admin leader promote");
    await h.whenIdle(() => privateReplies(h, "admin").length >= 4);
    const replies = privateReplies(h, "admin").join("\n");
    expect(replies).toContain("admin leader add @person [date]");
    expect(replies).toContain("February 2020 has 29 days");
    expect(replies).toContain("is in the future");
    expect(replies).toContain("I don't know `leader promote`");
    expect(await h.bot.db.auditLog.count()).toBe(before);
    expect(await registerRows()).toHaveLength(2);
  });

  it("removes a leader, keeping the record, and ends their supervisions", async () => {
    const member = await h.bot.db.person.findFirstOrThrow({
      where: { slackUserId: CAST.member.id },
    });
    const trainee = await ensurePerson(h.bot.db, {
      teamId: member.slackTeamId,
      userId: CAST.trainee.id,
    });
    const supervision = await h.bot.db.supervision.create({
      data: { traineeId: trainee.id, supervisorId: member.id, state: "active" },
    });
    await lookAtHome(h, CAST.trainee.id);
    const publishes = h.emulator.callsTo("views.publish").length;

    const response = await command(h, "admin", `admin leader remove ${escapedMention("member")}`);
    expect(textOf(response.body)).toContain(
      `Removed <@${CAST.member.id}> from the register of accredited leaders.`,
    );
    expect(textOf(response.body)).toContain(
      `Their supervision of <@${CAST.trainee.id}> has ended.`,
    );
    expect(await h.bot.db.supervision.findUnique({ where: { id: supervision.id } })).toMatchObject({
      state: "ended",
    });
    await h.whenIdle(() =>
      h.emulator.calls.find(
        (call) =>
          call.method === "views.publish" &&
          call.args.user_id === CAST.trainee.id &&
          h.emulator.callsTo("views.publish").length > publishes,
      ),
    );
    const rows = await registerRows();
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.person.slackUserId === CAST.member.id)?.removedAt).not.toBeNull();
    const list = await command(h, "stranger", "leaders");
    expect(textOf(list.body)).not.toContain(CAST.member.id);
  });

  it("says so when removing someone not on the register", async () => {
    await command(h, "admin", `admin leader remove ${escapedMention("stranger")}`);
    await h.whenIdle(() =>
      privateReplies(h, "admin").some((t) => t.includes("is not on the register")),
    );
  });
});
