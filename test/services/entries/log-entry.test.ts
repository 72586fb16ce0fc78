import { describe, expect, it } from "vitest";
import type { LogEntryInput } from "../../../src/services/entries/entry-fields.ts";
import { logEntry } from "../../../src/services/entries/log-entry.ts";
import {
  contextFor,
  PEOPLE,
  refTo,
  rejectionOf,
  rowCounts,
  seedLeader,
  seedSupervision,
  useServiceDatabase,
} from "../../support/services.ts";

const { trainee, ahmed, brown } = PEOPLE;

const world = useServiceDatabase();

describe("logEntry", () => {
  it("stores a member session as confirmed, and gives a first-time user a blank profile", async () => {
    const result = await logEntry(world.ctx, trainee, {
      kind: "weekend_member",
      occurredOn: "2026-03-14",
      note: "  Felt the group settle on Sunday.  ",
    });
    expect(result.entry).toMatchObject({
      kind: "weekend_member",
      occurredOn: "2026-03-14",
      count: 1,
      hours: null,
      mode: null,
      format: null,
      counterpartId: null,
      state: "confirmed",
      note: "Felt the group settle on Sunday.",
    });
    expect(result).toMatchObject({ needsConfirmation: false, confirmer: null });
    const profile = await world.db.traineeProfile.findFirstOrThrow();
    expect(profile).toMatchObject({ ukBalintMember: null, professionalTraining: null });
  });

  it("keeps a co-led session claimed, to be confirmed by the accredited co-leader", async () => {
    await seedLeader(world.ctx, ahmed, "2015-05-01");
    const result = await logEntry(world.ctx, trainee, {
      kind: "coled",
      occurredOn: "2026-11-20",
      count: 2,
      counterpart: refTo(ahmed),
    });
    expect(result.entry.state).toBe("claimed");
    expect(result.confirmer?.slackUserId).toBe("UAHMED");
    expect(result.confirmerIsSupervisorInstead).toBe(false);
    expect(result.noConfirmer).toBeNull();
  });

  it("routes to the supervisor instead when the co-leader is not accredited", async () => {
    await seedLeader(world.ctx, brown, "2010-01-01");
    await seedSupervision(world.ctx, trainee, brown);
    const result = await logEntry(world.ctx, trainee, {
      kind: "coled",
      occurredOn: "2026-11-20",
      counterpart: refTo(ahmed),
    });
    expect(result.entry.counterpartId).not.toBeNull();
    expect(result.confirmer?.slackUserId).toBe("UBROWN");
    expect(result.confirmerIsSupervisorInstead).toBe(true);
  });

  it("says why nobody can confirm yet when the co-leader is not accredited and there is no supervisor", async () => {
    const result = await logEntry(world.ctx, trainee, {
      kind: "led_supervised",
      occurredOn: "2026-11-20",
      counterpart: refTo(ahmed),
    });
    expect(result.entry.state).toBe("claimed");
    expect(result.confirmer).toBeNull();
    expect(result.noConfirmer).toEqual({
      reason: "counterpart_not_accredited",
      counterpart: { userId: "UAHMED", displayName: refTo(ahmed).displayName },
    });
  });

  it("names the active supervisor when no one is named, with supervision defaults", async () => {
    await seedLeader(world.ctx, brown, "2010-01-01");
    await seedSupervision(world.ctx, trainee, brown);
    const result = await logEntry(world.ctx, trainee, {
      kind: "supervision",
      occurredOn: "2026-11-25",
      hours: 1.5,
      mode: "video",
    });
    expect(result.entry).toMatchObject({ hours: 1.5, mode: "video", format: "individual" });
    expect(result.confirmer?.slackUserId).toBe("UBROWN");
    expect(result.confirmerIsSupervisorInstead).toBe(false);
  });

  it("records the logging in the audit log without the note", async () => {
    const { entry } = await logEntry(world.ctx, trainee, {
      kind: "group_member",
      occurredOn: "2026-11-20",
      note: "Dr X's patient with the rash",
    });
    const audit = await world.db.auditLog.findFirstOrThrow({
      where: { action: "entry.logged" },
    });
    expect(audit).toMatchObject({
      subjectType: "activity_entry",
      subjectId: entry.id,
      at: world.ctx.now,
    });
    expect(audit.details).not.toContain("rash");
    expect(JSON.parse(audit.details ?? "{}")).toMatchObject({ kind: "group_member", count: 1 });
  });

  const base: LogEntryInput = { kind: "group_member", occurredOn: "2026-11-20" };
  it.each<[string, LogEntryInput, RegExp]>([
    ["a future date", { ...base, occurredOn: "2026-11-27" }, /in the future/],
    ["a date in 1949", { ...base, occurredOn: "1949-11-20" }, /on or after 1950-01-01/],
    ["count 0", { ...base, count: 0 }, /at least 1/],
    ["count -1", { ...base, count: -1 }, /at least 1/],
    ["count 51", { ...base, count: 51 }, /at most 50/],
    [
      "hours 0.2",
      { ...base, kind: "supervision", hours: 0.2, counterpart: refTo(ahmed) },
      /at least 0.25/,
    ],
    [
      "hours 12.5",
      { ...base, kind: "supervision", hours: 12.5, counterpart: refTo(ahmed) },
      /at most 12/,
    ],
    [
      "supervision without hours",
      { ...base, kind: "supervision", counterpart: refTo(ahmed) },
      /needs its length in hours/,
    ],
    ["hours on a member session", { ...base, hours: 1 }, /Only supervision has hours/],
    [
      "a mode on a co-led session",
      { ...base, kind: "coled", mode: "video", counterpart: refTo(ahmed) },
      /Only supervision is face to face/,
    ],
    [
      "a person on a member session",
      { ...base, counterpart: refTo(ahmed) },
      /needs nobody to confirm it/,
    ],
    ["an over-long note", { ...base, note: "n".repeat(1001) }, /note is too long/],
    ["an unknown kind", { ...base, kind: "party" as LogEntryInput["kind"] }, /Choose what kind/],
    [
      "yourself as co-leader",
      { ...base, kind: "coled", counterpart: refTo(trainee) },
      /^You can't confirm your own sessions: name your co-leader or supervisor\.$/,
    ],
    [
      "a co-led session with nobody named and no supervisor",
      { ...base, kind: "coled" },
      /add "with @person" naming your co-leader/,
    ],
  ])("refuses %s and writes nothing", async (_label, input, message) => {
    const before = await rowCounts(world.db);
    expect(await rejectionOf(logEntry(world.ctx, trainee, input), "INVALID_INPUT")).toMatch(
      message,
    );
    expect(await rowCounts(world.db)).toEqual(before);
  });

  it("accepts a session dated today in London late in the evening (UTC is still yesterday)", async () => {
    const late = contextFor(world.db, new Date("2026-06-30T23:30:00Z"));
    const { entry } = await logEntry(late, trainee, { ...base, occurredOn: "2026-07-01" });
    expect(entry.occurredOn).toBe("2026-07-01");
  });
});
