import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decideEntry } from "../../src/services/confirmations/decide-entry.ts";
import { logEntry } from "../../src/services/entries/log-entry.ts";
import { requestSupervision } from "../../src/services/supervision/request-supervision.ts";
import { respondToSupervision } from "../../src/services/supervision/respond-to-supervision.ts";
import { LOGGING_IDS } from "../../src/slack/features/logging/ids.ts";
import {
  blocksOf,
  clickInReply,
  people,
  responsePost,
  seedAhmedAsLeader,
  textOf,
} from "../slack/logging/e2e-support.ts";
import { type Harness, lookAtHome, startHarness } from "../support/bot-harness.ts";
import { CAST } from "../support/cast.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ now: "2026-11-26T10:00:00Z" });
  await seedAhmedAsLeader(h);
});
afterAll(async () => {
  await h.stop();
});

const sam = CAST.trainee.id;
const sessions = () => h.driver.slashCommand({ userId: sam, text: "sessions" });

describe("/balint sessions", () => {
  it("tells someone who has logged nothing how to start", async () => {
    const response = await sessions();
    expect(response.body).toMatchObject({ response_type: "ephemeral" });
    expect(textOf(response.body)).toContain("You haven't logged anything yet.");
  });

  it("lists recent entries with their state and who confirms; what nobody else confirmed can be withdrawn", async () => {
    const { actor, ref, ctx } = people(h);
    const trainee = actor("trainee");
    await logEntry(ctx(), trainee, { kind: "group_member", occurredOn: "2026-11-01", count: 3 });
    await logEntry(ctx(), trainee, {
      kind: "coled",
      occurredOn: "2026-11-10",
      count: 2,
      counterpart: ref("leader"),
    });
    const { entry: queried } = await logEntry(ctx(), trainee, {
      kind: "supervision",
      occurredOn: "2026-11-20",
      hours: 1,
      mode: "telephone",
      counterpart: ref("leader"),
    });
    await decideEntry(ctx(), actor("leader"), {
      entryId: queried.id,
      version: 1,
      decision: "query",
      reason: "That was a cancelled week",
    });

    const response = await sessions();
    const text = textOf(response.body);
    expect(text).toContain(
      "*20 Nov 2026* · 1 hour of supervision (by telephone, individual)\\n:grey_question: Queried by <@U0LEADER1>: “That was a cancelled week”",
    );
    expect(text).toContain(
      "*10 Nov 2026* · 2 co-led sessions\\n:hourglass_flowing_sand: Claimed: awaiting confirmation by <@U0LEADER1>",
    );
    expect(text).toContain(
      "*1 Nov 2026* · 3 group sessions as a member\\n:white_check_mark: Confirmed",
    );
    // The claimed and queried entries, and the group sessions that count on Sam's word.
    const withdrawable = blocksOf(response.body).filter((block) => "accessory" in block);
    expect(withdrawable).toHaveLength(3);
  });

  it("withdraws an unconfirmed entry after the confirm dialog, redraws the list and the Home", async () => {
    const response = await sessions();
    const coled = await h.bot.db.activityEntry.findFirstOrThrow({ where: { kind: "coled" } });
    await lookAtHome(h, sam);
    const posts = h.emulator.responseUrlPosts.length;
    const publishes = h.emulator.callsTo("views.publish").length;

    const rowBlock = blocksOf(response.body).find((block) =>
      JSON.stringify(block).includes(`{\\"id\\":${coled.id}}`),
    );
    expect(rowBlock).toBeDefined();
    await clickInReply(h, sam, { blocks: [rowBlock] }, LOGGING_IDS.withdraw);

    const post = await responsePost(h, posts + 1);
    expect(post.body).toMatchObject({
      replace_original: true,
      text: ":heavy_multiplication_x: Withdrawn: 2 co-led sessions on 10 Nov 2026. It no longer counts.",
    });
    expect(JSON.stringify(post.body.blocks)).toContain(
      ":heavy_multiplication_x: Withdrawn: it no longer counts",
    );
    expect(await h.bot.db.activityEntry.findUnique({ where: { id: coled.id } })).toMatchObject({
      state: "withdrawn",
    });
    await h.whenIdle(() => h.emulator.callsTo("views.publish").length > publishes);
  });

  it("says so when the entry was already withdrawn", async () => {
    const coled = await h.bot.db.activityEntry.findFirstOrThrow({ where: { kind: "coled" } });
    const posts = h.emulator.responseUrlPosts.length;
    const stale = {
      blocks: [
        {
          type: "actions",
          block_id: "stale",
          elements: [
            {
              type: "button",
              action_id: LOGGING_IDS.withdraw,
              value: JSON.stringify({ id: coled.id }),
            },
          ],
        },
      ],
    };
    await clickInReply(h, sam, stale, LOGGING_IDS.withdraw);
    const post = await responsePost(h, posts + 1);
    expect(post.body.text).toBe(
      "That entry (2 co-led sessions on 10 Nov 2026) was already withdrawn.",
    );
  });

  it("shows the supervisor who confirms instead, and who confirmed, with no Withdraw then", async () => {
    const { actor, ref, ctx } = people(h);
    const trainee = actor("trainee");
    const { supervision } = await requestSupervision(ctx(), trainee, { supervisor: ref("leader") });
    await respondToSupervision(ctx(), actor("leader"), {
      supervisionId: supervision.id,
      response: "accept",
    });
    await logEntry(ctx(), trainee, {
      kind: "coled",
      occurredOn: "2026-11-15",
      counterpart: ref("newcomer"),
    });
    const { entry: confirmed } = await logEntry(ctx(), trainee, {
      kind: "led_supervised",
      occurredOn: "2026-11-12",
      counterpart: ref("leader"),
    });
    await decideEntry(ctx(), actor("leader"), {
      entryId: confirmed.id,
      version: 1,
      decision: "confirm",
    });

    const blocks = blocksOf((await sessions()).body);
    const rowOf = (date: string) => blocks.find((block) => JSON.stringify(block).includes(date));
    expect(JSON.stringify(rowOf("15 Nov 2026"))).toContain(
      "Claimed: awaiting confirmation by your supervisor <@U0LEADER1>",
    );
    expect(rowOf("15 Nov 2026")).toHaveProperty("accessory");
    expect(JSON.stringify(rowOf("12 Nov 2026"))).toContain("Confirmed by <@U0LEADER1>");
    expect(rowOf("12 Nov 2026")).not.toHaveProperty("accessory");
  });
});
