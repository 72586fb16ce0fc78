import { listOverdueConfirmations } from "../../../services/confirmations/list-overdue-confirmations.ts";
import { personById } from "../../../services/delivery/delivery-reads.ts";
import { gatherDigest } from "../../../services/jobs/gather-digest.ts";
import { serviceContext } from "../../deps.ts";
import { confirmationsReminderMessage } from "../../features/scheduled/views/confirmations-reminder.ts";
import { digestMessage } from "../../features/scheduled/views/digest-message.ts";
import { idleNudgeMessage } from "../../features/scheduled/views/idle-nudge.ts";
import { section } from "../../views/blocks.ts";
import { directMessageOnce, postOnce } from "../post-once.ts";
import type { EffectHandler } from "./types.ts";

/** The digest, gathered as the data stands, as of the moment its run chose to post it. */
export const postDigest: EffectHandler<"digest.post"> = async ({ deps, client, item }, effect) => {
  const ctx = { ...serviceContext(deps), now: new Date(effect.at) };
  const content = await gatherDigest(ctx, new Date(effect.since));
  await postOnce(
    client,
    item,
    { channel: deps.config.SUBCOMMITTEE_CHANNEL_ID, part: "digest" },
    digestMessage(content, { requested: effect.requested }),
  );
  deps.logger.info("Posted the digest", {
    requested: effect.requested,
    pending: content.pending.length,
    unanswered: content.unanswered.length,
    decisions: content.decisions.length,
  });
};

/** The confirmer's weekly reminder, of those of its entries still waiting for them. */
export const remindConfirmer: EffectHandler<"reminder.confirmer"> = async (
  { deps, client, item },
  effect,
) => {
  const ctx = { ...serviceContext(deps), now: new Date(effect.at) };
  const waiting = await listOverdueConfirmations(ctx, { entryIds: effect.entryIds });
  const theirs = waiting.find(({ confirmer }) => confirmer.personId === effect.confirmerId);
  if (!theirs) return;
  await directMessageOnce(
    client,
    item,
    { slackUserId: theirs.confirmer.slackUserId, part: "confirmer" },
    confirmationsReminderMessage(theirs.entries),
  );
};

/** The nudge to a trainee with nothing logged for 8 weeks. */
export const nudgeTrainee: EffectHandler<"reminder.trainee"> = async (
  { deps, client, item },
  effect,
) => {
  const person = await personById(serviceContext(deps), effect.personId);
  if (!person) return;
  await directMessageOnce(
    client,
    item,
    { slackUserId: person.slackUserId, part: "trainee" },
    idleNudgeMessage(effect.idleSince, deps.config.SLASH_COMMAND),
  );
};

/** Each admin hears once that the day's backup failed; the reason is in the log. */
export const tellAdminsBackupFailed: EffectHandler<"backup.failed"> = async (
  { deps, client, item },
  effect,
) => {
  const admins = deps.config.ADMIN_USER_IDS;
  if (admins.length === 0) deps.logger.warn("No ADMIN_USER_IDS to tell that a backup failed");
  const code = effect.code ? ` (${effect.code})` : "";
  const text = `The database backup of ${effect.period} failed${code}; the bot's log has the reason.\nThe bot keeps running; the next backup is at the usual time. See "Backups and restore" in the README.`;
  for (const admin of admins) {
    await directMessageOnce(
      client,
      item,
      { slackUserId: admin, part: admin },
      { text: `:warning: ${text}`, blocks: [section(`:warning: ${text}`)] },
    );
  }
};
