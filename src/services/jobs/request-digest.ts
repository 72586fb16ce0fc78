import { recordEffects } from "../../db/outbox.ts";
import type { ServiceContext } from "../context.ts";
import { type DigestContent, digestSince, gatherDigest } from "./gather-digest.ts";

/**
 * `admin digest`: records the digest to post now, without claiming (or using up) this week's
 * scheduled one. Decisions are listed since the latest scheduled digest, this week's included.
 * Returns what the digest shows, for the admin's reply.
 */
export async function requestDigest(ctx: ServiceContext): Promise<DigestContent> {
  const since = await digestSince(ctx);
  const content = await gatherDigest(ctx, since);
  await recordEffects(ctx.db, [
    {
      type: "digest.post",
      at: ctx.now.toISOString(),
      since: since.toISOString(),
      requested: true,
    },
  ]);
  return content;
}
