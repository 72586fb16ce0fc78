import type { Harness } from "./bot-harness.ts";

/** A leadership interest form filled in as a newcomer would. */
export const INTEREST_ANSWERS = {
  professionalTraining: "GP, general practice",
  ukBalintMember: "applying",
  psychoanalyticTraining: "no",
  groupSessions: "12",
  groupWhere: "A practice group in Leeds",
  hopes: "Advice on how to start co-leading",
};

/** Opens the interest form for `userId` with the slash command, and waits until it is open. */
export async function openInterestForm(h: Harness, userId: string): Promise<void> {
  await h.driver.slashCommand({ userId, text: "interest" });
  await h.emulator.waitUntil(() => h.emulator.openViews(userId).at(-1));
}

/** Opens the interest form and sends it; `answers` replace the defaults. */
export async function sendInterestForm(
  h: Harness,
  userId: string,
  answers: Partial<typeof INTEREST_ANSWERS> = {},
) {
  await openInterestForm(h, userId);
  return h.driver.submitView({ userId, values: { ...INTEREST_ANSWERS, ...answers } });
}
