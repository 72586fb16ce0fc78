/**
 * An erased person keeps a stripped row so that other people's records (sessions they co-led or
 * confirmed, supervision, answers) keep their counts. Its Slack user id is replaced by a marker
 * that can never be a real Slack id (those start with U or W), and views show it as below.
 */
export const FORMER_MEMBER = "a former member";

const ERASED_PREFIX = "erased-";

/** The marker stored in place of an erased person's Slack user id. */
export function erasedUserId(personId: number): string {
  return `${ERASED_PREFIX}${personId}`;
}

export function isErasedUserId(slackUserId: string | undefined | null): boolean {
  return typeof slackUserId === "string" && slackUserId.startsWith(ERASED_PREFIX);
}
