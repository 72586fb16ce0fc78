import { describeEvent, statusLabel } from "./application-status.ts";
import { alreadyRepliedMessage } from "./enquiry.ts";
import { FORMER_MEMBER, isErasedUserId } from "./former-member.ts";

/** A person a refusal names: the Slack layer shows them as a mention, plain text by name. */
export interface NamedPerson {
  userId: string;
  displayName?: string | null;
}

/**
 * A refusal that names people, as data: the use case says what and who, and the Slack layer
 * words it (with mentions and the configured command). Plain text words it with names.
 */
export type Refusal =
  | { reason: "only_their_supervisor"; trainee: NamedPerson; task: string }
  | { reason: "only_they_see_sessions"; trainee: NamedPerson }
  | { reason: "only_they_see_progress"; trainee: NamedPerson }
  | { reason: "not_a_leader"; person: NamedPerson; pointToRegister?: boolean }
  | { reason: "never_a_leader"; person: NamedPerson }
  | { reason: "already_a_leader"; person: NamedPerson; sinceDay: string }
  | { reason: "application_with_subcommittee"; trainee: NamedPerson; status: string }
  | { reason: "application_changed"; trainee: NamedPerson }
  | { reason: "already_your_supervisor"; supervisor: NamedPerson }
  | { reason: "already_replied"; by: NamedPerson | null; day: string }
  | { reason: "already_decided"; by: NamedPerson; toStatus: string; day: string };

/** How a sentence names a person. */
export type NamePerson = (person: NamedPerson) => string;

/** A person by display name, for plain text; "a former member" once erased. */
export const plainName: NamePerson = (person) =>
  isErasedUserId(person.userId) ? FORMER_MEMBER : (person.displayName ?? "that person");

/** The refusal in one sentence, naming people with `name`. */
export function refusalSentence(refusal: Refusal, name: NamePerson = plainName): string {
  return capitaliseFirst(sentence(refusal, name));
}

function sentence(refusal: Refusal, name: NamePerson): string {
  switch (refusal.reason) {
    case "only_their_supervisor":
      return `Only ${name(refusal.trainee)}'s supervisor can ${refusal.task}.`;
    case "only_they_see_sessions":
      return `Only ${name(refusal.trainee)} and their supervisor can see their sessions.`;
    case "only_they_see_progress":
      return `Only ${name(refusal.trainee)}, their supervisor and admins can see their progress.`;
    case "not_a_leader":
      return `${name(refusal.person)} is not on the register of accredited leaders.`;
    case "never_a_leader":
      return `${name(refusal.person)} has never been on the register of accredited leaders.`;
    case "already_a_leader":
      return `${name(refusal.person)} is already on the register of accredited leaders (since ${refusal.sinceDay}).`;
    case "application_with_subcommittee":
      return `${name(refusal.trainee)} has an application still with the subcommittee (${statusLabel(refusal.status)}). Record the accreditation once the subcommittee has recommended it.`;
    case "application_changed":
      return `${name(refusal.trainee)}'s application has changed meanwhile.`;
    case "already_your_supervisor":
      return `${name(refusal.supervisor)} is already your supervisor.`;
    case "already_replied":
      return alreadyRepliedMessage(refusal.by ? name(refusal.by) : "Someone", refusal.day);
    case "already_decided":
      return `This application is no longer waiting for a decision: ${describeEvent(name(refusal.by), refusal.toStatus, refusal.day)}.`;
  }
}

function capitaliseFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
