import type { WebClient } from "@slack/web-api";

/**
 * The name a document gives a person when the bot holds none (`named` is then their Slack user
 * id): the real name in their Slack profile. People named only by a mention (an admin's
 * `accredit @person`, the register) have no name stored, and a certificate must not print an id.
 */
export async function documentName(
  client: WebClient,
  named: string,
  slackUserId: string,
): Promise<string> {
  if (named !== slackUserId) return named;
  const { user } = await client.users.info({ user: slackUserId });
  return user?.profile?.real_name || user?.real_name || user?.profile?.display_name || named;
}
