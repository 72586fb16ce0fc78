import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.ts";
import { createKeyring, decodeKey, newKeyBase64 } from "../../src/db/encryption/keyring.ts";
import {
  checkStoredValuesDecrypt,
  encryptStoredValues,
  prepareEncryptedData,
} from "../../src/db/encryption/stored-values.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { TEST_DATA_KEY, testKeyring } from "../support/keys.ts";
import { onPostgres } from "../support/postgres.ts";
import { sqliteOnly } from "../support/sqlite-only.ts";

const CANARY = "CANARY-at-rest-91c2";
const silent = { info: () => {} };

let t: TestDatabase;
beforeEach(async () => {
  t = await createTestDatabase();
});
afterEach(async () => {
  await t.close();
});

async function seed(db = t.db) {
  const trainee = await db.person.create({ data: { slackTeamId: "T1", slackUserId: "U1" } });
  const supervisor = await db.person.create({ data: { slackTeamId: "T1", slackUserId: "U2" } });
  await db.traineeProfile.create({
    data: {
      personId: trainee.id,
      professionalTraining: `${CANARY} training`,
      psychoanalyticTraining: true,
      psychoanalyticTrainingDetails: `${CANARY} analysis`,
      rulesetId: "bsuk-2016-02",
    },
  });
  const entry = await db.activityEntry.create({
    data: {
      traineeId: trainee.id,
      kind: "group_member",
      occurredOn: "2026-11-20",
      state: "queried",
      note: `${CANARY} note`,
      queryReason: `${CANARY} reason`,
    },
  });
  const application = await db.application.create({
    data: {
      traineeId: trainee.id,
      status: "submitted",
      statement: `${CANARY} statement`,
      evaluationSnapshot: "{}",
      rulesetId: "bsuk-2016-02",
      events: { create: { toStatus: "submitted", actorId: trainee.id, reason: `${CANARY} why` } },
    },
  });
  await db.supervisorReport.create({
    data: {
      traineeId: trainee.id,
      supervisorId: supervisor.id,
      text: `${CANARY} report`,
      discussedWithTrainee: true,
      readyToApply: true,
    },
  });
  await db.competencySignOff.create({
    data: {
      traineeId: trainee.id,
      supervisorId: supervisor.id,
      competency: "C1",
      rating: "developing",
      comment: `${CANARY} comment`,
    },
  });
  await db.leadershipRequest.create({
    data: {
      kind: "interest_form",
      personId: trainee.id,
      answers: JSON.stringify({ hopes: CANARY }),
      reply: `${CANARY} reply`,
    },
  });
  await db.leadershipRequest.create({
    data: {
      kind: "training_day",
      personId: trainee.id,
      area: `${CANARY} area`,
      details: `${CANARY} details`,
    },
  });
  return { trainee, entry, application };
}

const rawValues = (sql: string) => t.db.$queryRawUnsafe<{ value: string | null }[]>(sql);

describe("free text at rest", () => {
  it("is stored as enc:v1:<keyId>:… and read back as typed", async () => {
    const { entry } = await seed();
    const [stored] = await rawValues("SELECT note AS value FROM activity_entries");
    expect(stored?.value).toMatch(
      new RegExp(`^enc:v1:${testKeyring.currentId}:[\\w-]+:[\\w-]+:[\\w-]+$`),
    );
    expect(stored?.value).not.toContain(CANARY);
    expect(await t.db.activityEntry.findUniqueOrThrow({ where: { id: entry.id } })).toMatchObject({
      note: `${CANARY} note`,
      queryReason: `${CANARY} reason`,
    });
    for (const [table, column] of [
      ["trainee_profiles", "professional_training"],
      ["trainee_profiles", "psychoanalytic_training_details"],
      ["application_events", "reason"],
      ["applications", "statement"],
      ["supervisor_reports", "text"],
      ["competency_sign_offs", "comment"],
      ["leadership_requests", "answers"],
      ["leadership_requests", "reply"],
      ["leadership_requests", "area"],
      ["leadership_requests", "details"],
    ]) {
      const rows = await rawValues(
        `SELECT ${column} AS value FROM ${table} WHERE ${column} IS NOT NULL`,
      );
      expect(
        rows.map((row) => row.value?.slice(0, 7)),
        `${table}.${column}`,
      ).toEqual(["enc:v1:"]);
    }
  });

  it("decrypts inside nested includes and selects, and after updates", async () => {
    const { trainee, entry, application } = await seed();
    await t.db.activityEntry.update({
      where: { id: entry.id },
      data: { note: { set: `${CANARY} new` } },
    });
    const person = await t.db.person.findUniqueOrThrow({
      where: { id: trainee.id },
      include: {
        profile: true,
        entries: { select: { note: true } },
        applications: { include: { events: true } },
        reportsReceived: true,
        competenciesReceived: { select: { comment: true } },
        leadershipRequests: { where: { kind: "training_day" } },
      },
    });
    expect(person.profile).toMatchObject({
      professionalTraining: `${CANARY} training`,
      psychoanalyticTrainingDetails: `${CANARY} analysis`,
    });
    expect(person.entries[0]?.note).toBe(`${CANARY} new`);
    expect(person.applications[0]?.statement).toBe(`${CANARY} statement`);
    expect(person.applications[0]?.events[0]?.reason).toBe(`${CANARY} why`);
    expect(person.reportsReceived[0]?.text).toBe(`${CANARY} report`);
    expect(person.competenciesReceived[0]?.comment).toBe(`${CANARY} comment`);
    expect(person.leadershipRequests[0]).toMatchObject({
      area: `${CANARY} area`,
      details: `${CANARY} details`,
    });
    const viaTransaction = await t.db.$transaction((tx) =>
      tx.application.findFirstOrThrow({
        where: { id: application.id },
        select: { statement: true },
      }),
    );
    expect(viaTransaction.statement).toBe(`${CANARY} statement`);
  });

  it("encrypts a profile written through its person (a nested write)", async () => {
    await t.db.person.create({
      data: {
        slackTeamId: "T1",
        slackUserId: "U3",
        profile: {
          create: {
            professionalTraining: `${CANARY} nested`,
            psychoanalyticTrainingDetails: `${CANARY} nested analysis`,
            rulesetId: "bsuk-2016-02",
          },
        },
      },
    });
    const [raw] = await t.db.$queryRawUnsafe<{ training: string; details: string }[]>(
      "SELECT professional_training AS training, psychoanalytic_training_details AS details FROM trainee_profiles",
    );
    expect([raw?.training.slice(0, 7), raw?.details.slice(0, 7)]).toEqual(["enc:v1:", "enc:v1:"]);
    expect(await t.db.traineeProfile.findFirstOrThrow()).toMatchObject({
      professionalTraining: `${CANARY} nested`,
      psychoanalyticTrainingDetails: `${CANARY} nested analysis`,
    });
  });

  it("refuses a filter on an encrypted field, but allows a test for null", async () => {
    await seed();
    await expect(
      t.db.activityEntry.findMany({ where: { note: `${CANARY} note` } }),
    ).rejects.toThrow(/ActivityEntry.note is stored encrypted/);
    await expect(
      t.db.leadershipRequest.count({ where: { OR: [{ reply: { contains: CANARY } }] } }),
    ).rejects.toThrow(/LeadershipRequest.reply is stored encrypted/);
    expect(await t.db.leadershipRequest.count({ where: { reply: null } })).toBe(1);
    expect(await t.db.leadershipRequest.count({ where: { reply: { not: null } } })).toBe(1);
  });
});

sqliteOnly("reads the database file's bytes; on PostgreSQL the stored rows are read instead")(
  "free text in the SQLite file",
  () => {
    it("leaves no canary in the database file or its WAL", async () => {
      await seed();
      const file = t.url.slice("file:".length);
      for (const path of [file, `${file}-wal`]) {
        const bytes = (() => {
          try {
            return readFileSync(path);
          } catch {
            return Buffer.alloc(0);
          }
        })();
        expect(bytes.includes(Buffer.from("CANARY")), path).toBe(false);
      }
    });
  },
);

describe.skipIf(!onPostgres)("free text in PostgreSQL's rows", () => {
  it("leaves no canary in any column of any table, read with raw SQL", async () => {
    await seed();
    const tables = await rawValues(
      "SELECT tablename::text AS value FROM pg_tables WHERE schemaname = current_schema()",
    );
    const stored: string[] = [];
    for (const { value: table } of tables) {
      const rows = await rawValues(`SELECT row_to_json(t)::text AS value FROM "${table}" t`);
      stored.push(...rows.map((row) => row.value ?? ""));
    }
    expect(stored.some((row) => row.includes("enc:v1:"))).toBe(true);
    expect(stored.filter((row) => row.includes("CANARY"))).toEqual([]);
  });
});

describe("start-up and rotation", () => {
  it("encrypts rows written in plain text before encryption, losing nothing", async () => {
    const { trainee } = await seed();
    // Each database's own placeholders and epoch.
    const [trainee$, note$, epoch] = onPostgres ? ["$1", "$2", "to_timestamp(0)"] : ["?", "?", "0"];
    await t.db.$executeRawUnsafe(
      `INSERT INTO activity_entries (trainee_id, kind, occurred_on, count, note, state, created_at, updated_at) VALUES (${trainee$}, 'group_member', '2026-01-02', 1, ${note$}, 'confirmed', ${epoch}, ${epoch})`,
      trainee.id,
      "An old plain note, with “quotes” and ünïcode",
    );
    await t.db.$executeRawUnsafe(
      "UPDATE leadership_requests SET reply = 'plain reply' WHERE kind = 'interest_form'",
    );
    await t.db.$executeRawUnsafe(
      "UPDATE trainee_profiles SET professional_training = 'GP (MRCGP)', psychoanalytic_training_details = 'Personal analysis, five years'",
    );
    await prepareEncryptedData(t.db, testKeyring, silent);
    const profileRaw = await t.db.$queryRawUnsafe<{ training: string; details: string }[]>(
      "SELECT professional_training AS training, psychoanalytic_training_details AS details FROM trainee_profiles",
    );
    expect(profileRaw.map((row) => [row.training.slice(0, 7), row.details.slice(0, 7)])).toEqual([
      ["enc:v1:", "enc:v1:"],
    ]);
    expect(await t.db.traineeProfile.findFirstOrThrow()).toMatchObject({
      professionalTraining: "GP (MRCGP)",
      psychoanalyticTrainingDetails: "Personal analysis, five years",
    });
    const raw = await rawValues("SELECT note AS value FROM activity_entries ORDER BY id");
    expect(raw.every((row) => row.value?.startsWith(`enc:v1:${testKeyring.currentId}:`))).toBe(
      true,
    );
    const notes = (await t.db.activityEntry.findMany({ orderBy: { id: "asc" } })).map(
      (e) => e.note,
    );
    expect(notes).toEqual([`${CANARY} note`, "An old plain note, with “quotes” and ünïcode"]);
    const enquiry = await t.db.leadershipRequest.findFirstOrThrow({
      where: { kind: "interest_form" },
    });
    expect(enquiry.reply).toBe("plain reply");
    expect(await encryptStoredValues(t.db, testKeyring)).toBe(0);
  });

  it("refuses to start with a key that cannot decrypt what is stored", async () => {
    await seed();
    const other = createKeyring(decodeKey(newKeyBase64()));
    const wrong = await openDatabase(t.url, other);
    try {
      await expect(checkStoredValuesDecrypt(wrong, other)).rejects.toThrow(
        new RegExp(
          `DATA_ENCRYPTION_KEY cannot decrypt the data already stored: .* encrypted with key ${testKeyring.currentId}`,
        ),
      );
    } finally {
      await wrong.$disconnect();
    }
  });

  it("re-encrypts every value with a new key, reading old ones with the old key", async () => {
    await seed();
    // The test database's key becomes an old key beside a new current key.
    const newKey = decodeKey(newKeyBase64());
    const both = createKeyring(newKey, [decodeKey(TEST_DATA_KEY)]);
    expect(both.currentId).not.toBe(testKeyring.currentId);
    const db = await openDatabase(t.url, both);
    try {
      await checkStoredValuesDecrypt(db, both);
      expect(await encryptStoredValues(db, both, { rotate: true })).toBe(12);
      const raw = await db.$queryRawUnsafe<{ value: string }[]>(
        "SELECT note AS value FROM activity_entries",
      );
      expect(raw[0]?.value.startsWith(`enc:v1:${both.currentId}:`)).toBe(true);
      expect((await db.activityEntry.findFirstOrThrow()).note).toBe(`${CANARY} note`);
    } finally {
      await db.$disconnect();
    }
    // The new key alone now reads everything.
    const only = createKeyring(newKey);
    const after = await openDatabase(t.url, only);
    try {
      await checkStoredValuesDecrypt(after, only);
      expect((await after.supervisorReport.findFirstOrThrow()).text).toBe(`${CANARY} report`);
    } finally {
      await after.$disconnect();
    }
  });
});
