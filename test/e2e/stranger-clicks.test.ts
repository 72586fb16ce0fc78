import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "../support/bot-harness.ts";
import { CAST, escapedMention } from "../support/cast.ts";
import {
  carrier,
  decideTheApplication,
  MISSING_ID,
  SECRET,
  seedEveryState,
} from "./support/stranger.ts";

/**
 * A workspace member forges signed clicks on every button that shows or changes an entry, a
 * supervision request, an application or an enquiry, with ids in every state. Each action
 * refuses in the same words whatever the state, names nobody, and opens no view with details.
 */
let h: Harness;
let seeded: Awaited<ReturnType<typeof seedEveryState>>;
let buttons: { channelId: string; messageTs: string };
const STRANGER = CAST.stranger.id;
const ACTIONS = [
  "supervision_entry_query",
  "supervision_entry_confirm",
  "supervision_entries_confirm_all",
  "supervision_entry_resubmit",
  "log_withdraw",
  "log_undo",
  "supervision_request_accept",
  "supervision_request_decline",
  "application_open",
  "application_decide_recommend",
  "application_decide_more_info",
  "application_decide_not_yet",
  "leadership_request_reply",
] as const;

beforeAll(async () => {
  h = await startHarness({ now: "2026-11-26T10:00:00Z" });
  seeded = await seedEveryState(h);
  buttons = await carrier(h, ACTIONS);
});
afterAll(async () => {
  await h.stop();
});

/** Everything the stranger was shown since `mark`: private replies, DMs and views. */
function shownSince(mark: { posts: number; dms: number }) {
  const replies = h.emulator.responseUrlPosts
    .slice(mark.posts)
    .filter((post) => post.origin.userId === STRANGER)
    .map((post) => JSON.stringify(post.body));
  const dms = h.emulator
    .messagesIn(h.emulator.dmChannelFor(STRANGER))
    .slice(mark.dms)
    .map((message) => JSON.stringify([message.text, message.blocks]));
  const views = h.emulator.openViews(STRANGER).map((view) => JSON.stringify(view.blocks));
  return [...replies, ...dms, ...views].filter((text) => !text.includes("One moment"));
}

/** The stranger clicks `actionId` carrying `value`; returns the refusal they were shown. */
async function strangerClicks(actionId: string, value: unknown): Promise<string> {
  for (const view of h.emulator.openViews(STRANGER).reverse()) {
    h.emulator.closeView(STRANGER, view.id);
  }
  const mark = {
    posts: h.emulator.responseUrlPosts.length,
    dms: h.emulator.messagesIn(h.emulator.dmChannelFor(STRANGER)).length,
  };
  const response = await h.driver.clickButton({
    userId: STRANGER,
    actionId,
    container: buttons,
    value: JSON.stringify(value),
  });
  expect(response.status).toBe(200);
  const [shown, ...more] = await h.whenIdle(() => {
    const texts = shownSince(mark);
    return texts.length > 0 ? texts : undefined;
  });
  expect(more).toEqual([]);
  if (shown === undefined) throw new Error("nothing shown");
  for (const view of h.emulator.openViews(STRANGER)) {
    expect(view.blocks.some((block) => block.type === "input")).toBe(false);
  }
  return shown;
}

/** The refusals for one action across states: one text, with nothing of the rows in it. */
async function expectOneRefusal(actionId: string, values: readonly unknown[]) {
  const refusals: string[] = [];
  for (const value of values) refusals.push(await strangerClicks(actionId, value));
  expect(new Set(refusals).size, `${actionId}: ${refusals.join(" | ")}`).toBe(1);
  for (const forbidden of [SECRET, CAST.leader.id, CAST.trainee.id, CAST.newcomer.id]) {
    expect(refusals[0]).not.toContain(forbidden);
  }
  return refusals[0];
}

describe("a stranger's clicks on entries", () => {
  const states = () => Object.values(seeded.entries);

  it("Query, Confirm and Confirm all refuse alike for waiting, decided, withdrawn and missing entries", async () => {
    for (const [actionId, value] of [
      ["supervision_entry_query", (id: number) => ({ id })],
      ["supervision_entry_confirm", (id: number) => ({ id, version: 1 })],
    ] as const) {
      const refusal = await expectOneRefusal(actionId, states().map(value));
      expect(refusal).toContain("only the person asked to confirm it can");
    }
    await expectOneRefusal(
      "supervision_entries_confirm_all",
      states().map((id) => ({ entries: [[id, 1]] })),
    );
    const rows = await h.bot.db.activityEntry.findMany({ where: { id: { in: states() } } });
    expect(rows.map((row) => row.state).sort()).toEqual([
      "claimed",
      "confirmed",
      "queried",
      "withdrawn",
    ]);
  });

  it("Correct and send back, Withdraw and Undo refuse alike in every state", async () => {
    for (const actionId of ["supervision_entry_resubmit", "log_withdraw", "log_undo"]) {
      const refusal = await expectOneRefusal(
        actionId,
        states().map((id) => ({ id })),
      );
      expect(refusal).toContain("only the trainee who logged it can");
    }
  });
});

describe("a stranger's clicks on supervision requests, applications and enquiries", () => {
  it("Accept and Decline refuse alike for a waiting, an accepted and a missing request", async () => {
    const ids = Object.values(seeded.supervisions);
    for (const actionId of ["supervision_request_accept", "supervision_request_decline"]) {
      await expectOneRefusal(
        actionId,
        ids.map((id) => ({ id })),
      );
    }
    const states = await h.bot.db.supervision.findMany({ orderBy: { id: "asc" } });
    expect(states.map((s) => s.state)).toEqual(["active", "requested"]);
  });

  it("Open and the three decisions refuse alike for a waiting, a decided and a missing application", async () => {
    const values = (id: number) => ({ id, trainee: CAST.trainee.id });
    const actions = [
      "application_open",
      "application_decide_recommend",
      "application_decide_more_info",
      "application_decide_not_yet",
    ];
    const waiting: string[] = [];
    for (const actionId of actions) {
      waiting.push(await strangerClicks(actionId, values(seeded.applicationId)));
    }
    await decideTheApplication(h, seeded.applicationId);
    for (const [index, actionId] of actions.entries()) {
      const refusal = await expectOneRefusal(actionId, [
        values(seeded.applicationId),
        values(MISSING_ID),
      ]);
      expect(waiting[index]).toBe(refusal);
    }
  });

  it("the reply button refuses alike for open, answered and missing enquiries and requests", async () => {
    const { enquiry, trainingDay } = seeded.enquiries;
    await expectOneRefusal(
      "leadership_request_reply",
      [...Object.values(enquiry), ...Object.values(trainingDay)].map((id) => ({ id })),
    );
  });

  it("the competencies and report forms refuse a stranger whoever the trainee", async () => {
    for (const subcommand of ["competencies", "report"]) {
      const refusals: string[] = [];
      for (const who of ["trainee", "newcomer"] as const) {
        const mark = { posts: h.emulator.responseUrlPosts.length, dms: 0 };
        await h.driver.slashCommand({
          userId: STRANGER,
          text: `${subcommand} ${escapedMention(who)}`,
        });
        const view = await h.whenIdle(() =>
          h.emulator
            .openViews(STRANGER)
            .find((v) => !JSON.stringify(v.blocks).includes("One moment")),
        );
        expect(view.blocks.some((block) => block.type === "input")).toBe(false);
        expect(shownSince(mark).join()).not.toContain(SECRET);
        const said = view.blocks.map((block) => JSON.stringify(block.text ?? block.elements));
        refusals.push(said.join().replaceAll(CAST[who].id, "<who>"));
        h.emulator.closeView(STRANGER, view.id);
      }
      expect(new Set(refusals).size, refusals.join(" | ")).toBe(1);
    }
  });
});
