import type { WebClient } from "@slack/web-api";
import { type PostedMessage, postToChannel } from "../slack/direct-message.ts";
import { digestMessage } from "../slack/features/scheduled/views/digest-message.ts";
import { DIGEST_JOB, type DigestContent, digestSince, gatherDigest } from "./digest-content.ts";
import { type JobDeps, jobContext } from "./job-deps.ts";
import { weekPeriod } from "./periods.ts";
import { type ClaimedRunOutcome, runOncePerPeriod } from "./run-once.ts";

export interface PostedDigest {
  posted: PostedMessage;
  content: DigestContent;
}

async function postDigest(
  deps: JobDeps,
  client: WebClient,
  content: DigestContent,
  requested: boolean,
): Promise<PostedDigest> {
  const posted = await postToChannel(
    client,
    deps.config.SUBCOMMITTEE_CHANNEL_ID,
    digestMessage(content, { requested }),
  );
  deps.logger.info("Posted the digest", {
    requested,
    pending: content.pending.length,
    unanswered: content.unanswered.length,
    decisions: content.decisions.length,
  });
  return { posted, content };
}

/** The weekly run: claims this ISO week (in TIMEZONE), then posts; a taken week posts nothing. */
export async function runScheduledDigest(
  deps: JobDeps,
  client: WebClient,
  now: Date,
): Promise<ClaimedRunOutcome> {
  const ctx = jobContext(deps, now);
  const period = weekPeriod(now, ctx.timeZone);
  const since = await digestSince(ctx, period);
  return runOncePerPeriod(deps, now, { job: DIGEST_JOB, period }, async () => {
    await postDigest(deps, client, await gatherDigest(ctx, since), false);
  });
}

/**
 * `admin digest`: posts now, without claiming (or using up) this week's scheduled digest.
 * Decisions are listed since the latest scheduled digest, this week's included.
 */
export async function postDigestNow(
  deps: JobDeps,
  client: WebClient,
  now: Date,
): Promise<PostedDigest> {
  const ctx = jobContext(deps, now);
  return postDigest(deps, client, await gatherDigest(ctx, await digestSince(ctx)), true);
}
