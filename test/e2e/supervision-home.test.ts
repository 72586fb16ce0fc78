import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  logColed,
  makeSupervisor,
  postsTo,
  registerLeader,
  textOf,
  waitForPending,
} from "../slack/supervision/e2e-support.ts";
import { type Harness, startHarness } from "../support/bot-harness.ts";
import { CAST, type CastMember } from "../support/cast.ts";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.stop();
});

async function homeOf(who: CastMember, containing: string) {
  const before = h.emulator.callsTo("views.publish").length;
  await h.driver.openHome({ userId: CAST[who].id });
  await h.whenIdle(() => h.emulator.callsTo("views.publish").length > before);
  return h.whenIdle(() => {
    const view = h.emulator.homeView(CAST[who].id);
    return view && textOf(view.blocks).includes(containing) ? view : undefined;
  });
}

describe("the supervisor's App Home", () => {
  it("shows nothing of supervision to someone who is neither leader nor supervisor", async () => {
    const home = await homeOf("newcomer", "Balint Pathway");
    expect(textOf(home.blocks)).not.toContain("Your trainees");
  });

  it("tells a leader with no trainees how trainees ask", async () => {
    await registerLeader(h);
    const home = await homeOf("leader", "Your trainees");
    expect(textOf(home.blocks)).toContain("You supervise nobody yet");
  });

  it("shows each trainee's progress at a glance and the entries waiting, with buttons", async () => {
    await registerLeader(h);
    await makeSupervisor(h);
    await logColed(h, "2026-11-20");
    await logColed(h, "2026-11-21");
    const dm = await waitForPending(h, "leader", 2);

    const home = await homeOf("leader", "Waiting for your confirmation (2)");
    const shown = textOf(home.blocks);
    expect(shown).toMatch(
      new RegExp(`<@${CAST.trainee.id}>  [▓░]{10} \\d+ of \\d+ criteria met · 2 waiting for you`),
    );
    expect(shown).toContain("Co-led session · 20 Nov 2026");
    expect(shown).not.toContain("Felt the group settle");

    await h.driver.clickButton({
      userId: CAST.leader.id,
      actionId: "supervision_entry_confirm",
      blockId: home.blocks.find((b) => String(b.block_id).startsWith("home_entry_"))?.block_id,
      container: { viewId: home.id },
    });
    await h.whenIdle(() =>
      postsTo(h, "trainee").some((c) =>
        String(c.args.text).includes("confirmed your co-led session on 20 Nov 2026"),
      ),
    );
    await h.whenIdle(() =>
      textOf(h.emulator.message(dm.channel, dm.ts)?.blocks).includes("Confirmed by"),
    );
    await h.whenIdle(() =>
      textOf(h.emulator.homeView(CAST.leader.id)?.blocks).includes(
        "Waiting for your confirmation (1)",
      ),
    );
  });
});
