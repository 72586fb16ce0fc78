import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedAhmedAsLeader, textOf } from "../slack/logging/e2e-support.ts";
import { waitForPending } from "../slack/supervision/e2e-support.ts";
import { commandReply, type Harness, startHarness } from "../support/bot-harness.ts";
import { CAST } from "../support/cast.ts";

const sam = CAST.trainee.id;

/**
 * The same flows with Slack reaching the bot each way: signed HTTP requests, and Socket Mode
 * envelopes over the emulator's WebSocket, each acknowledged within 3 s.
 */
describe.each(["http", "socket"] as const)(
  "a command, a button, a modal and App Home over %s",
  (transport) => {
    let h: Harness;
    beforeAll(async () => {
      h = await startHarness({ now: "2026-11-26T10:00:00Z", transport });
      await seedAhmedAsLeader(h);
    });
    afterAll(async () => {
      await h.stop();
    });

    const entries = () => h.bot.db.activityEntry.findMany({ orderBy: { id: "asc" } });

    it("reaches the bot by the transport asked for", () => {
      expect(h.driver.transport).toBe(transport);
      const connections = h.emulator.socketMode.connectionsOpened;
      expect(connections).toBe(transport === "socket" ? 1 : 0);
      expect(h.emulator.callsTo("apps.connections.open")).toHaveLength(connections);
    });

    it("a slash command: /balint log group 1 today stores the entry and replies", async () => {
      const reply = await commandReply(h, sam, "log group 1 today");
      expect(reply.status).toBe(200);
      if (transport === "socket") expect(reply.ack).toMatchObject({ attempts: 1, late: false });
      expect(textOf(reply.body)).toContain("Logged 1 group session as a member on 26 Nov 2026.");
      expect(await entries()).toMatchObject([
        { kind: "group_member", count: 1, state: "confirmed" },
      ]);
    });

    it("a modal submission: the logging form stores a co-led entry and updates the modal", async () => {
      await h.driver.slashCommand({ userId: sam, text: "log" });
      await h.emulator.waitUntil(() => h.emulator.openViews(sam).at(-1));
      const response = await h.driver.submitView({
        userId: sam,
        values: {
          kind: "coled",
          occurredOn: "2026-11-20",
          count: "2",
          counterpart: CAST.leader.id,
        },
      });
      expect(response.status).toBe(200);
      expect(response.viewEffect).toMatchObject({ kind: "updated" });
      expect(h.emulator.openViews(sam).at(-1)?.title).toMatchObject({ text: "Logged" });
      expect((await entries())[1]).toMatchObject({ kind: "coled", count: 2, state: "claimed" });
    });

    it("a button: the co-leader confirms the entry from their DM", async () => {
      const dm = await waitForPending(h, "leader", 1);
      const response = await h.driver.clickButton({
        userId: CAST.leader.id,
        actionId: "supervision_entry_confirm",
        container: { channelId: dm.channel, messageTs: dm.ts },
      });
      expect(response.status).toBe(200);
      const confirmed = await eventuallyConfirmed();
      expect(confirmed).toMatchObject({ kind: "coled", state: "confirmed" });
    });

    it("an App Home event: app_home_opened publishes the trainee's Home tab", async () => {
      const before = h.emulator.callsTo("views.publish").length;
      const response = await h.driver.openHome({ userId: sam });
      expect(response.status).toBe(200);
      expect(response.body).toBe("");
      await h.emulator.waitUntil(() => h.emulator.callsTo("views.publish").length > before);
      const home = JSON.stringify(h.emulator.homeView(sam)?.blocks);
      expect(home).toContain("Your pathway to accreditation");
      expect(home).toContain("2 of 20 sessions");
    });

    it("left nothing late, unacknowledged or malformed on the socket", () => {
      expect(h.emulator.socketMode.ackFailures).toEqual([]);
      expect(h.emulator.socketMode.unacknowledged).toBe(0);
    });

    async function eventuallyConfirmed() {
      const deadline = Date.now() + 3_000;
      for (;;) {
        const entry = await h.bot.db.activityEntry.findFirst({ where: { kind: "coled" } });
        if (entry?.state === "confirmed" || Date.now() > deadline) return entry;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
  },
);
