import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { EphemeralMessage } from "../../src/dev/emulator/index.ts";
import { CANARY, databaseBytes, seedSam } from "../slack/privacy/e2e-support.ts";
import { command, privateReplies, textOf } from "../slack/supervision/e2e-support.ts";
import { type Harness, startHarness } from "../support/bot-harness.ts";
import { CAST, escapedMention } from "../support/cast.ts";

let h: Harness;
let seeded: Awaited<ReturnType<typeof seedSam>>;
beforeEach(async () => {
  h = await startHarness();
  seeded = await seedSam(h);
});
afterEach(async () => {
  await h.stop();
});

async function askToErase(who: "trainee" | "leader"): Promise<EphemeralMessage> {
  const before = h.emulator.ephemeralsFor(CAST.admin.id).length;
  await command(h, "admin", `admin erase ${escapedMention(who)}`);
  const prompt = await h.whenIdle(() => h.emulator.ephemeralsFor(CAST.admin.id)[before]);
  expect(prompt.text).toContain("This cannot be undone");
  return prompt;
}

async function click(userId: string, prompt: EphemeralMessage, actionId: string) {
  return h.driver.clickButton({
    userId,
    actionId,
    container: { channelId: prompt.channel, messageTs: prompt.ts, ephemeral: true },
  });
}

const samRow = () => h.bot.db.person.findFirst({ where: { slackUserId: CAST.trainee.id } });

describe("admin erase @person", () => {
  it("asks first, and erases nothing until the admin who asked confirms", async () => {
    const prompt = await askToErase("trainee");
    expect(textOf(prompt.blocks)).toContain("Erase for good");
    await click(CAST.stranger.id, prompt, "privacy_erase_confirm");
    await h.whenIdle(() => privateReplies(h, "stranger").length > 0);
    expect(privateReplies(h, "stranger").join()).toContain("Only the admin who asked");
    await click(CAST.admin.id, prompt, "privacy_erase_cancel");
    await h.whenIdle(() =>
      privateReplies(h, "admin").some((t) => t.includes("nothing was erased")),
    );
    expect(await samRow()).not.toBeNull();
    const notes = (await h.bot.db.activityEntry.findMany()).map((entry) => entry.note);
    expect(notes).toContain(CANARY.note);
  });

  it("refuses a forged button value and a non-admin using the command", async () => {
    const prompt = await askToErase("trainee");
    await h.driver.clickButton({
      userId: CAST.admin.id,
      actionId: "privacy_erase_confirm",
      value: '{"person":"nope"}',
      container: { channelId: prompt.channel, messageTs: prompt.ts, ephemeral: true },
    });
    await command(h, "leader", `admin erase ${escapedMention("trainee")}`);
    await h.whenIdle(() => privateReplies(h, "admin").length > 0);
    expect(privateReplies(h, "admin").join()).toContain("That button is out of date");
    await h.whenIdle(() => privateReplies(h, "leader").length > 0);
    expect(privateReplies(h, "leader").join()).toContain("Only the bot's admins");
    expect(await samRow()).not.toBeNull();
  });

  it("erases the person in one go: rows, posts, audit details and the bytes on disk", async () => {
    // Notes are stored encrypted: what must leave the disk is the note's stored (encrypted) form.
    const stored = await h.bot.db.$queryRawUnsafe<{ note: string }[]>(
      "SELECT note FROM activity_entries WHERE note IS NOT NULL",
    );
    const ciphertexts = stored.map((row) => row.note);
    expect(ciphertexts.length).toBeGreaterThan(0);
    const before = await databaseBytes(h);
    expect(ciphertexts.every((note) => before.includes(note))).toBe(true);
    const prompt = await askToErase("trainee");
    await click(CAST.admin.id, prompt, "privacy_erase_confirm");
    await h.whenIdle(() => privateReplies(h, "admin").some((t) => t.startsWith("Erased")));
    expect(privateReplies(h, "admin").join()).toContain(
      "2 of the bot's posts are being changed to say the content was removed",
    );
    await h.idle();

    const db = h.bot.db;
    expect(await samRow()).toBeNull();
    const stripped = await db.person.findFirstOrThrow({ where: { erasedAt: { not: null } } });
    expect(stripped).toMatchObject({ displayName: null, isAdmin: false });
    expect(stripped.slackUserId).toMatch(/^erased-/);
    for (const count of [
      db.activityEntry.count(),
      db.leadershipRequest.count(),
      db.supervision.count(),
      db.traineeProfile.count({ where: { personId: stripped.id } }),
    ]) {
      expect(await count).toBe(0);
    }
    const tombstone = await db.auditLog.findFirstOrThrow({ where: { action: "person.erased" } });
    expect(tombstone).toMatchObject({ subjectType: "person", subjectId: stripped.id });
    expect(JSON.parse(tombstone.details ?? "{}")).toMatchObject({ entries: 2, enquiries: 1 });
    expect(tombstone.details).not.toContain(CAST.trainee.id);
    const aboutSam = await db.auditLog.findMany({
      where: { subjectType: "activity_entry", action: { startsWith: "entry." } },
    });
    expect(aboutSam.length).toBeGreaterThan(0);
    expect(aboutSam.every((row) => row.details === null)).toBe(true);

    for (const post of [seeded.confirmationDm, seeded.enquiryPost]) {
      const now = h.emulator.message(post.channel, post.ts);
      expect(now?.text).toContain("This content was removed");
      expect(textOf(now)).not.toContain(CANARY.hopes);
      expect(textOf(now)).not.toContain(CAST.trainee.id);
    }

    const bytes = await databaseBytes(h);
    for (const note of ciphertexts) expect(bytes.includes(note)).toBe(false);
    expect(bytes.includes(CANARY.note)).toBe(false);
    expect(bytes.includes(CANARY.hopes)).toBe(false);
  });

  it("edits the posts from the outbox, so a failing Slack delays the edits but does not lose them", async () => {
    h.emulator.failNext("chat.update", "internal_error", { times: 2 });
    const prompt = await askToErase("trainee");
    await click(CAST.admin.id, prompt, "privacy_erase_confirm");
    await h.emulator.waitUntil(() =>
      privateReplies(h, "admin").some((t) => t.startsWith("Erased")),
    );
    expect(await samRow()).toBeNull();
    const removed = (post: { channel: string; ts: string }) =>
      h.emulator.message(post.channel, post.ts)?.text?.includes("This content was removed");
    await h.emulator.waitUntil(() => [seeded.confirmationDm, seeded.enquiryPost].every(removed));
    const updates = h.emulator
      .callsTo("chat.update")
      .filter((call) =>
        [seeded.confirmationDm.ts, seeded.enquiryPost.ts].includes(String(call.args.ts)),
      );
    expect(updates.filter((call) => call.response.ok !== true)).toHaveLength(2);
  });

  it("keeps an erased co-leader's confirmed sessions counting for the trainee, as a former member", async () => {
    const progress = async () => textOf((await command(h, "trainee", "progress")).body);
    const before = await progress();
    const prompt = await askToErase("leader");
    await click(CAST.admin.id, prompt, "privacy_erase_confirm");
    await h.whenIdle(() => privateReplies(h, "admin").some((t) => t.startsWith("Erased")));

    const entry = await h.bot.db.activityEntry.findFirstOrThrow({ where: { kind: "coled" } });
    expect(entry).toMatchObject({ state: "confirmed", note: CANARY.note });
    const counts = (text: string) => text.match(/Co-led[^"]*?\d+ of \d+[^"]*/)?.[0];
    expect(counts(before)).toBeDefined();
    expect(counts(await progress())).toBe(counts(before));
    const sessions = textOf((await command(h, "trainee", "sessions")).body);
    expect(sessions).toContain("a former member");
    expect(sessions).not.toContain("erased-");
    const leaders = textOf((await command(h, "stranger", "leaders")).body);
    expect(leaders).not.toContain("former member");
    expect(leaders).toContain("Nobody is on the register");
  });
});
