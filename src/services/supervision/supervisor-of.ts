import { isActiveSupervisor } from "../../db/leaders.ts";
import { findPerson } from "../../db/people.ts";
import type { Db } from "../../db/transaction.ts";
import { AppError } from "../../domain/app-error.ts";
import type { PersonRef } from "../../domain/person-ref.ts";
import type { Person } from "../../generated/prisma/client.ts";
import type { Actor } from "../context.ts";

/**
 * The actor and the trainee when the actor is the trainee's active supervisor; otherwise a
 * refusal: only the trainee's supervisor can do the task.
 */
export async function requireSupervisorOf(
  db: Db,
  actor: Actor,
  traineeRef: PersonRef,
  task: string,
): Promise<{ supervisor: Person; trainee: Person }> {
  const supervisor = await findPerson(db, actor);
  const trainee = await findPerson(db, traineeRef);
  if (!supervisor || !trainee || !(await isActiveSupervisor(db, supervisor.id, trainee.id))) {
    throw AppError.refuse("FORBIDDEN", {
      reason: "only_their_supervisor",
      trainee: traineeRef,
      task,
    });
  }
  return { supervisor, trainee };
}
