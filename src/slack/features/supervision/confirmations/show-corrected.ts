import type { DecideEntryResult } from "../../../../services/confirmations/decide-entry.ts";
import type { BotDeps } from "../../../deps.ts";
import type { ButtonClickArgs } from "../../../interaction.ts";
import { correctedSessionsModal } from "../views/confirmations/corrected-sessions.ts";

/**
 * After a Confirm click that decided nothing because the trainee corrected a session since it
 * was shown: a modal shows the corrected sessions as they stand now (over the modal clicked in,
 * if any). False, and nothing shown, when nothing was corrected.
 */
export async function showCorrected(
  deps: BotDeps,
  { body, client }: ButtonClickArgs,
  results: readonly DecideEntryResult[],
): Promise<boolean> {
  const corrected = results.filter((result) => result.corrected).map((result) => result.entry);
  if (corrected.length === 0) return false;
  const view = correctedSessionsModal(
    corrected,
    results.length - corrected.length,
    deps.config.TIMEZONE,
  );
  const trigger = { trigger_id: body.trigger_id, view };
  if (body.view?.type === "modal") await client.views.push(trigger);
  else await client.views.open(trigger);
  return true;
}
