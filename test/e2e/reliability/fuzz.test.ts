import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ViewStateValue } from "../../../src/dev/emulator/index.ts";
import { type Harness, startHarness } from "../../support/bot-harness.ts";
import { CAST, escapedMention } from "../../support/cast.ts";

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return { next, pick };
}

const WORDS = [
  "log",
  "help",
  "interest",
  "trainingday",
  "profile",
  "sessions",
  "progress",
  "supervisor",
  "competencies",
  "report",
  "apply",
  "leaders",
  "admin",
  "leader",
  "add",
  "remove",
  "history",
  "accredit",
  "member",
  "pathway",
  "digest",
  "reminders",
  "export",
  "erase",
  "group",
  "weekend",
  "coled",
  "led",
  "course",
  "supervision",
  "peer",
  "with",
  "note",
  "today",
  "yesterday",
  "2026-11-20",
  "20/11/2026",
  "31/02/2026",
  "1999-01-01",
  "2030-01-01",
  "0",
  "1",
  "2",
  "20",
  "99999",
  "-1",
  "1.5h",
  "90m",
  "NaN",
  "Infinity",
  "٣",
  "３",
  "1e2",
  "0x10",
  "video",
  "f2f",
  "phone",
  "sessions",
  "4",
  "constructor",
  "__proto__",
  "toString",
  "<!channel>",
  "<!here>",
  "<@U0NOBODY>",
  "<@U0NOBODY|x>",
  "<https://evil.example|y>",
  "&amp;",
  "Mrs Patel",
  "943 476 5919",
  "DOB 01/02/1960",
  "LS1 4AP",
  "😀",
  "\u200b",
  "'; DROP TABLE people;--",
];
const MENTIONS = [escapedMention("leader"), escapedMention("trainee"), escapedMention("admin")];

function slashText(r: ReturnType<typeof random>): string {
  const length = 1 + Math.floor(r.next() * 7);
  const words: string[] = [];
  for (let i = 0; i < length; i++) words.push(r.next() < 0.12 ? r.pick(MENTIONS) : r.pick(WORDS));
  return words.join(r.next() < 0.1 ? "  " : " ");
}

const text = (value: string): ViewStateValue => ({ type: "plain_text_input", value });
const option = (value: string | null): ViewStateValue => ({
  type: "static_select",
  selected_option: value === null ? null : { text: { type: "plain_text", text: value }, value },
});

/** A form state: mostly what a person might send, sometimes junk an attacker crafted. */
function modalState(r: ReturnType<typeof random>): Record<string, ViewStateValue> {
  const junk = () => (r.next() < 0.3 ? "" : r.pick(WORDS));
  const maybe = <T>(value: () => T): T | null => (r.next() < 0.6 ? null : value());
  return {
    kind: option(r.pick(["group_member", "weekend_member", "coled", "supervision", "bogus", ""])),
    occurredOn: {
      type: "datepicker",
      selected_date: r.pick(["2026-11-20", "2026-11-01", "2031-01-01", "x"]),
    },
    count: text(maybe(junk) ?? ""),
    groupSessions: text(maybe(junk) ?? ""),
    hours: text(maybe(() => r.pick(["1.5", "2", "x", "99"])) ?? ""),
    mode: option(maybe(() => r.pick(["video", "face_to_face", "carrier pigeon"]))),
    format: option(maybe(() => r.pick(["individual", "group", "??"]))),
    counterpart: {
      type: "users_select",
      selected_user: maybe(() => r.pick([CAST.leader.id, "U0NOBODY"])),
    },
    note: text(r.next() < 0.5 ? junk() : `${junk()} ${junk()} ${junk()}`),
  };
}

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.stop();
});

/** The bot answered the person: in the acknowledgement, by response_url, or with a form. */
function answered(body: unknown, responseUrl: string, before: { opens: number }): boolean {
  if (typeof body === "object" && body !== null && JSON.stringify(body).length > 2) return true;
  if (typeof body === "string" && body.length > 0) return true;
  const id = responseUrl.split("/").at(-1);
  if (h.emulator.responseUrlPosts.some((post) => post.id === id)) return true;
  return h.emulator.callsTo("views.open").length > before.opens;
}

describe("generated input", () => {
  it("answers 1,000 generated slash commands clearly, without a crash or a half-written row", async () => {
    const r = random(20261202);
    const users = [CAST.trainee.id, CAST.leader.id, CAST.admin.id, CAST.stranger.id];
    for (let i = 0; i < 1000; i++) {
      const typed = slashText(r);
      const before = { opens: h.emulator.callsTo("views.open").length };
      const sent = await h.driver.slashCommand({ userId: r.pick(users), text: typed });
      expect(sent.status, typed).toBe(200);
      if (!answered(sent.body, sent.payload.response_url, before)) {
        const id = sent.payload.response_url.split("/").at(-1);
        await h.emulator.waitUntil(
          () =>
            h.emulator.responseUrlPosts.some((post) => post.id === id) ||
            h.emulator.callsTo("views.open").length > before.opens,
          3_000,
          () => `no answer to "${typed}"`,
        );
      }
    }
    await h.idle();
    const db = h.bot.db;
    const entries = await db.activityEntry.count();
    expect(await db.auditLog.count({ where: { action: "entry.logged" } })).toBe(entries);
    expect(await db.outboxItem.count({ where: { failedAt: { not: null } } })).toBe(0);
    expect(h.logLines.filter((line) => line.includes('"level":"error"'))).toEqual([]);
  }, 120_000);

  it("answers 200 generated logging-form states with errors in the form or a stored entry", async () => {
    const r = random(7);
    const user = CAST.trainee.id;
    let stored = 0;
    for (let i = 0; i < 200; i++) {
      const top = h.emulator.openViews(user).at(-1);
      if (top?.callback_id !== "log_modal") {
        for (const view of h.emulator.openViews(user)) h.emulator.closeView(user, view.id);
        await h.driver.slashCommand({ userId: user, text: "log" });
        await h.emulator.waitUntil(() => h.emulator.openViews(user).at(-1));
      }
      const before = await h.bot.db.activityEntry.count();
      const sent = await h.driver.submitView({ userId: user, values: modalState(r) });
      expect(sent.status).toBe(200);
      const after = await h.bot.db.activityEntry.count();
      if (sent.viewEffect?.kind === "errors") expect(after).toBe(before);
      else stored += after - before;
      expect(after - before).toBeLessThanOrEqual(1);
    }
    expect(stored).toBeGreaterThan(0);
  }, 120_000);
});
