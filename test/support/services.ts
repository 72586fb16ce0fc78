import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterEach, beforeEach } from "vitest";
import type { Database } from "../../src/db/client.ts";
import { withEncryption } from "../../src/db/client.ts";
import { isPostgresUrl } from "../../src/db/database-url.ts";
import { AppError, type AppErrorCode } from "../../src/domain/app-error.ts";
import type { PersonRef } from "../../src/domain/person-ref.ts";
import { PrismaClient as PostgresPrismaClient } from "../../src/generated/postgres/client.ts";
import { PrismaClient } from "../../src/generated/prisma/client.ts";
import type { Actor, ServiceContext } from "../../src/services/context.ts";
import { logEntry } from "../../src/services/entries/log-entry.ts";
import { addLeader } from "../../src/services/register/add-leader.ts";
import { requestSupervision } from "../../src/services/supervision/request-supervision.ts";
import { respondToSupervision } from "../../src/services/supervision/respond-to-supervision.ts";
import { createTestDatabase, type TestDatabase } from "./database.ts";
import { testKeyring } from "./keys.ts";

/** A fixed moment: Thursday 26 November 2026, 10:00 in London. */
export const NOW = new Date("2026-11-26T10:00:00Z");
export const TODAY = "2026-11-26";
export const TEAM = "T0001";

export function contextFor(db: Database, now: Date = NOW): ServiceContext {
  return { db, now, timeZone: "Europe/London" };
}

export function daysAfter(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

export interface ServiceWorld {
  readonly db: Database;
  /** The service context at NOW. */
  readonly ctx: ServiceContext;
  /** The database file's URL, to open a second client on it. */
  readonly url: string;
}

/**
 * A fresh migrated database for each test of the file, closed after it, with the service
 * context on it. `seed` runs at the start of each test, e.g. to put leaders on the register.
 */
export function useServiceDatabase(seed?: (ctx: ServiceContext) => Promise<unknown>): ServiceWorld {
  let database: TestDatabase | undefined;
  let ctx: ServiceContext | undefined;
  beforeEach(async () => {
    database = await createTestDatabase();
    ctx = contextFor(database.db);
    await seed?.(ctx);
  });
  afterEach(async () => {
    await database?.close();
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("useServiceDatabase: no test is running");
    return value;
  };
  return {
    get db() {
      return ready(database).db;
    },
    get ctx() {
      return ready(ctx);
    },
    get url() {
      return ready(database).url;
    },
  };
}

/** A Slack user acting; `isAdmin` false unless asked. */
export function actorFor(
  userId: string,
  options: { isAdmin?: boolean; name?: string } = {},
): Actor {
  return {
    teamId: TEAM,
    userId,
    isAdmin: options.isAdmin ?? false,
    displayName: options.name ?? `Dr ${userId}`,
  };
}

export function refTo(who: Actor | string): PersonRef {
  return typeof who === "string"
    ? { teamId: TEAM, userId: who, displayName: `Dr ${who}` }
    : { teamId: who.teamId, userId: who.userId, displayName: who.displayName ?? who.userId };
}

export const ADMIN = actorFor("UADMIN", { isAdmin: true, name: "Admin" });

/** The people most service tests need: a trainee, two leaders-to-be and a stranger. */
export const PEOPLE = {
  trainee: actorFor("UTRAINEE"),
  ahmed: actorFor("UAHMED", { name: "Dr Ahmed" }),
  brown: actorFor("UBROWN", { name: "Dr Brown" }),
  stranger: actorFor("USTRANGER"),
} as const;

/** Puts a person on the register through the admin use case. */
export async function seedLeader(ctx: ServiceContext, who: Actor | string, accreditedOn: string) {
  return addLeader(ctx, ADMIN, { person: refTo(who), accreditedOn });
}

/** Makes `supervisor` (an accredited leader) the active supervisor of `trainee`. */
export async function seedSupervision(ctx: ServiceContext, trainee: Actor, supervisor: Actor) {
  const requested = await requestSupervision(ctx, trainee, { supervisor: refTo(supervisor) });
  return respondToSupervision(ctx, supervisor, {
    supervisionId: requested.supervision.id,
    response: "accept",
  });
}

/** A co-led session `trainee` logs naming `withWhom`: it waits, claimed, for confirmation. */
export async function logColed(
  ctx: ServiceContext,
  trainee: Actor,
  withWhom: Actor,
  options: { occurredOn?: string; note?: string } = {},
) {
  const { entry } = await logEntry(ctx, trainee, {
    kind: "coled",
    occurredOn: options.occurredOn ?? "2026-11-20",
    counterpart: refTo(withWhom),
    note: options.note,
  });
  return entry;
}

/** A second client on the database that counts every SQL statement it sends. */
export function countingClient(url: string) {
  const counter = { queries: 0 };
  const log = [{ level: "query", emit: "event" }] as const;
  const base = isPostgresUrl(url)
    ? (new PostgresPrismaClient({
        adapter: new PrismaPg({ connectionString: url }),
        log: [...log],
      }) as unknown as PrismaClient<"query">)
    : new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }), log: [...log] });
  base.$on("query", () => {
    counter.queries += 1;
  });
  return { counter, client: withEncryption(base, testKeyring) };
}

/** How many rows each table the use cases write holds. */
export async function rowCounts(db: Database) {
  const counts = await Promise.all([
    db.person.count(),
    db.traineeProfile.count(),
    db.accreditedLeader.count(),
    db.activityEntry.count(),
    db.supervision.count(),
    db.competencySignOff.count(),
    db.supervisorReport.count(),
    db.leadershipRequest.count({ where: { kind: "interest_form" } }),
    db.leadershipRequest.count({ where: { kind: "training_day" } }),
    db.application.count(),
    db.applicationEvent.count(),
    db.auditLog.count(),
  ]);
  const [people, profiles, leaders, entries, supervisions, signOffs, reports] = counts;
  const [enquiries, trainingDays, applications, events, audit] = counts.slice(7);
  return {
    people,
    profiles,
    leaders,
    entries,
    supervisions,
    signOffs,
    reports,
    enquiries,
    trainingDays,
    applications,
    events,
    audit,
  };
}

/** Runs `action`, expects an AppError with `code`, and returns its userMessage. */
export async function rejectionOf(action: Promise<unknown>, code: AppErrorCode): Promise<string> {
  try {
    await action;
  } catch (error) {
    if (error instanceof AppError) {
      if (error.code !== code) {
        throw new Error(`Expected ${code}, got ${error.code}: ${error.userMessage}`);
      }
      return error.userMessage;
    }
    throw error;
  }
  throw new Error(`Expected an AppError ${code}, but the action succeeded`);
}

/** Runs `action`, expects it to fail with an AppError, and returns the error. */
export async function refusalOf(action: Promise<unknown>): Promise<AppError> {
  try {
    await action;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("Expected a refusal, but the action succeeded");
}
