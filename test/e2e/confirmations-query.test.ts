import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  dmMessages,
  eventually,
  logColed,
  postsTo,
  registerLeader,
  textOf,
  waitForButton,
  waitForPending,
} from "../slack/supervision/e2e-support.ts";
import { type Harness, startHarness } from "../support/bot-harness.ts";
import { CAST } from "../support/cast.ts";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
  await registerLeader(h);
});
afterEach(async () => {
  await h.stop();
});

async function openQueryForm(dm: { channel: string; ts: string }) {
  await h.driver.clickButton({
    userId: CAST.leader.id,
    actionId: "supervision_entry_query",
    container: { channelId: dm.channel, messageTs: dm.ts },
  });
  return h.whenIdle(() =>
    h.emulator
      .openViews(CAST.leader.id)
      .find((v) => v.callback_id === "supervision_entry_query_modal"),
  );
}

describe("querying an entry", () => {
  it("sends the reason to the trainee, who corrects it and sends it back to be confirmed", async () => {
    await logColed(h, "2026-11-20");
    const dm = await waitForPending(h, "leader", 1);

    const form = await openQueryForm(dm);
    expect(textOf(form.blocks)).toContain("Co-led session · 20 Nov 2026");
    expect(textOf(form.blocks)).not.toContain("Felt the group settle");
    const tooShort = await h.driver.submitView({
      userId: CAST.leader.id,
      values: { reason: "no" },
    });
    expect(tooShort.body).toMatchObject({
      response_action: "errors",
      errors: { reason: expect.stringContaining("3 to 500") },
    });
    expect((await h.bot.db.activityEntry.findFirstOrThrow()).state).toBe("claimed");

    const sent = await h.driver.submitView({
      userId: CAST.leader.id,
      values: { reason: "I think that was the 13th, not the 20th." },
    });
    expect(sent.viewEffect).toEqual({ kind: "closed" });
    const notice = await waitForButton(h, "trainee", "supervision_entry_resubmit");
    expect(textOf(notice.blocks)).toContain("queried your co-led session on 20 Nov 2026");
    expect(textOf(notice.blocks)).toContain("I think that was the 13th, not the 20th.");
    await h.whenIdle(() =>
      textOf(h.emulator.message(dm.channel, dm.ts)?.blocks).includes("Queried by"),
    );
    expect(await h.bot.db.activityEntry.findFirstOrThrow()).toMatchObject({
      state: "queried",
      queryReason: "I think that was the 13th, not the 20th.",
    });

    // The trainee corrects the date from the notice; the note comes back prefilled.
    await h.driver.clickButton({
      userId: CAST.trainee.id,
      actionId: "supervision_entry_resubmit",
      container: { channelId: notice.channel, messageTs: notice.ts },
    });
    const correction = await h.whenIdle(() =>
      h.emulator
        .openViews(CAST.trainee.id)
        .find((v) => v.callback_id === "supervision_entry_resubmit_modal"),
    );
    expect(textOf(correction.blocks)).toContain("Felt the group settle early");
    const resubmitted = await h.driver.submitView({
      userId: CAST.trainee.id,
      values: { occurredOn: "2026-11-13" },
    });
    expect(resubmitted.viewEffect?.kind).toBe("updated");
    expect(textOf(h.emulator.openViews(CAST.trainee.id).at(-1)?.blocks)).toContain(
      `Corrected and sent back to <@${CAST.leader.id}>`,
    );

    // A new DM, so the leader is notified of it.
    await h.whenIdle(() => postsTo(h, "leader").length === 2);
    const again = dmMessages(h, "leader").at(-1);
    if (!again) throw new Error("no second request");
    expect(textOf(again.blocks)).toContain("13 Nov 2026");
    const stored = await eventually(async () => {
      const entry = await h.bot.db.activityEntry.findFirstOrThrow();
      return entry.requestTs === again.ts ? entry : undefined;
    });
    expect(stored).toMatchObject({
      state: "claimed",
      occurredOn: "2026-11-13",
      note: "Felt the group settle early",
      requestTs: again.ts,
    });

    await h.driver.clickButton({
      userId: CAST.leader.id,
      actionId: "supervision_entry_confirm",
      container: { channelId: again.channel, messageTs: again.ts },
    });
    await h.whenIdle(() =>
      postsTo(h, "trainee").some((c) =>
        String(c.args.text).includes("confirmed your co-led session on 13 Nov 2026"),
      ),
    );
    const audit = await h.bot.db.auditLog.findMany({
      where: { subjectType: "activity_entry" },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual([
      "entry.logged",
      "entry.queried",
      "entry.resubmitted",
      "entry.confirmed",
    ]);
  });
});
