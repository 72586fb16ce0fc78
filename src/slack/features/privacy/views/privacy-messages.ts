import type { KnownBlock } from "@slack/types";
import type { SlackMessage } from "../../../direct-message.ts";
import { buttonValue } from "../../../forms/button-value.ts";
import { actions, button, mention, section } from "../../../views/blocks.ts";
import { PRIVACY_IDS } from "../ids.ts";

/** What the erase buttons carry: the person to erase and the admin who asked. */
export interface EraseButtonValue {
  person: string;
  admin: string;
}

/** The comment above the export files in the DM. */
export function exportComment(aboutUserId: string | null): string {
  return aboutUserId
    ? `Everything the bot holds about ${mention(aboutUserId)}: a readable portfolio (PDF), all of it as JSON, and their entries as CSV. Keep these files safe: they hold private notes and reports.`
    : "Everything the bot holds about you: a readable portfolio (PDF), all of it as JSON, and your entries as CSV. Keep these files safe: they hold your private notes.";
}

export function exportSentReply(aboutUserId: string | null): string {
  return aboutUserId
    ? `I've sent you the export for ${mention(aboutUserId)} in our direct messages.`
    : "I've sent you everything the bot holds about you, as three files in our direct messages.";
}

/** The admin's confirmation step before an erasure: nothing happens until they click. */
export function eraseConfirmation(value: EraseButtonValue): SlackMessage {
  const who = mention(value.person);
  const blocks: KnownBlock[] = [
    section(
      `*Erase ${who}?* Their profile, entries and notes, enquiries, training-day requests, applications, the reports and sign-offs about them, their supervision and settings will be deleted for good, and the bot's posts about them will say the content was removed. Other people's records that name them keep their counts and show "a former member". This cannot be undone.`,
    ),
    actions("privacy_erase", [
      button("Erase for good", PRIVACY_IDS.confirmErase, buttonValue({ ...value }), "danger"),
      button("Cancel", PRIVACY_IDS.cancelErase, buttonValue({ ...value })),
    ]),
  ];
  return { text: `Erase ${who}? This cannot be undone.`, blocks };
}

export function erasedReply(input: { personUserId: string; posts: number }): string {
  const posts =
    input.posts === 0
      ? "None of the bot's posts were about them."
      : `${input.posts} of the bot's ${input.posts === 1 ? "posts is" : "posts are"} being changed to say the content was removed; if Slack refuses, the admins are told.`;
  return `Erased ${mention(input.personUserId)}. ${posts}`;
}

export const ERASE_CANCELLED = "Cancelled: nothing was erased.";

/** What a post about an erased person becomes. */
export const REMOVED_POST: SlackMessage = {
  text: "This content was removed: the person it was about asked for their data to be erased.",
  blocks: [],
};
