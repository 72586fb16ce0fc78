import { z } from "zod";
import { encodeMetadata } from "./private-metadata.ts";

/** The private_metadata of a modal that shows one person's own records: whom it was opened for. */
const ownerMetadata = z.object({ owner: z.string().min(1) });

export function viewOwnerMetadata(userId: string): string {
  return encodeMetadata(ownerMetadata, { owner: userId });
}

/**
 * Whether a click's modal is one the bot opened for this person: its callback id is one of
 * `callbackIds` and its private_metadata names them. Anything else (another person's modal, a
 * view id the click merely claims) is not theirs to redraw.
 */
export function isViewOwnedBy(
  view: { callback_id?: string; private_metadata?: string },
  userId: string,
  callbackIds: readonly string[],
): boolean {
  if (!callbackIds.includes(view.callback_id ?? "")) return false;
  let raw: unknown;
  try {
    raw = JSON.parse(view.private_metadata ?? "");
  } catch {
    return false;
  }
  const parsed = ownerMetadata.safeParse(raw);
  return parsed.success && parsed.data.owner === userId;
}
