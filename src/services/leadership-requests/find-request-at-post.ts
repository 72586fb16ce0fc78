import { z } from "zod";
import { AppError } from "../../domain/app-error.ts";
import {
  type LeadershipRequestKind,
  leadershipRequestKind,
} from "../../domain/leadership-request.ts";
import type { ServiceContext } from "../context.ts";
import { parseInput } from "../inputs.ts";

export const findRequestAtPostSchema = z.object({
  /** Where the click came from, as Slack's signed envelope says. */
  channel: z.string().trim().min(1).max(40),
  ts: z.string().trim().min(1).max(40),
});
export type FindRequestAtPostInput = z.input<typeof findRequestAtPostSchema>;

export interface RequestAtPost {
  id: number;
  kind: LeadershipRequestKind;
}

/**
 * The request whose post in the leadership channel carries a clicked button. Posts drawn before
 * enquiries and training-day requests became one table carry the old ids, so the post itself,
 * not the button's value, says which request it is.
 */
export async function findRequestAtPost(
  ctx: ServiceContext,
  input: FindRequestAtPostInput,
): Promise<RequestAtPost> {
  const { channel, ts } = parseInput(findRequestAtPostSchema, input);
  const row = await ctx.db.leadershipRequest.findFirst({
    where: { postChannel: channel, postTs: ts },
    select: { id: true, kind: true },
  });
  if (!row) {
    throw new AppError("NOT_FOUND", "That request no longer exists.", { channel, ts });
  }
  return { id: row.id, kind: leadershipRequestKind.parse(row.kind) };
}
