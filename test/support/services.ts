import type { Database } from "../../src/db/client.ts";
import { AppError, type AppErrorCode } from "../../src/domain/app-error.ts";
import { addLeader } from "../../src/services/add-leader.ts";
import type { Actor, PersonRef, ServiceContext } from "../../src/services/context.ts";
import { requestSupervision } from "../../src/services/request-supervision.ts";
import { respondToSupervision } from "../../src/services/respond-to-supervision.ts";

/** A fixed moment: Thursday 26 November 2026, 10:00 in London. */
export const NOW = new Date("2026-11-26T10:00:00Z");
export const TODAY = "2026-11-26";
export const TEAM = "T0001";

export function contextFor(db: Database, now: Date = NOW): ServiceContext {
  return { db, now, timeZone: "Europe/London" };
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

/** How many rows each table the use cases write holds. */
export async function rowCounts(db: Database) {
  const [people, profiles, leaders, entries, supervisions, signOffs, reports, audit] =
    await Promise.all([
      db.person.count(),
      db.traineeProfile.count(),
      db.accreditedLeader.count(),
      db.activityEntry.count(),
      db.supervision.count(),
      db.competencySignOff.count(),
      db.supervisorReport.count(),
      db.auditLog.count(),
    ]);
  return { people, profiles, leaders, entries, supervisions, signOffs, reports, audit };
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
