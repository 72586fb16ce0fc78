/**
 * Who confirms a trainee's co-led, led or supervision entry. Pure: the services gather the
 * facts (is the named person an accredited leader today? who supervises the trainee?).
 */

export interface ConfirmerFacts {
  traineeId: number;
  /** The co-leader or supervisor named in the entry. */
  counterpart: { personId: number; accreditedNow: boolean } | null;
  /** The trainee's active supervisor, if any. */
  activeSupervisorId: number | null;
}

export type NoConfirmerReason = "counterpart_not_accredited" | "no_counterpart";

export type ConfirmerChoice =
  | { kind: "counterpart"; personId: number }
  | { kind: "supervisor_instead"; personId: number }
  | { kind: "none"; reason: NoConfirmerReason };

/**
 * The named person when they are an accredited leader now; otherwise the trainee's active
 * supervisor; otherwise nobody yet. The trainee never confirms their own entries.
 */
export function chooseConfirmer(facts: ConfirmerFacts): ConfirmerChoice {
  const { counterpart, activeSupervisorId, traineeId } = facts;
  if (counterpart?.accreditedNow && counterpart.personId !== traineeId) {
    return { kind: "counterpart", personId: counterpart.personId };
  }
  if (activeSupervisorId !== null && activeSupervisorId !== traineeId) {
    return activeSupervisorId === counterpart?.personId
      ? { kind: "counterpart", personId: activeSupervisorId }
      : { kind: "supervisor_instead", personId: activeSupervisorId };
  }
  return { kind: "none", reason: counterpart ? "counterpart_not_accredited" : "no_counterpart" };
}

/** The person id who may confirm or query, or null when nobody can yet. */
export function confirmerId(choice: ConfirmerChoice): number | null {
  return choice.kind === "none" ? null : choice.personId;
}
