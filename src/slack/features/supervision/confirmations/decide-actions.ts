import type { App } from "@slack/bolt";
import { decideEntries, decideEntry } from "../../../../services/confirmations/decide-entry.ts";
import { type BotDeps, serviceContext } from "../../../deps.ts";
import { type ButtonClickArgs, interactionActor } from "../../../interaction.ts";
import { SUPERVISION_IDS } from "../ids.ts";
import { readShownEntries, readShownEntry } from "../views/confirmations/entry-values.ts";
import { showCorrected } from "./show-corrected.ts";

/**
 * Confirm one entry (from the DM, the App Home or a modal), at the version the button was drawn
 * for. Only the confirmer may; a repeat changes nothing; a corrected session is shown instead.
 */
async function confirmOne(deps: BotDeps, args: ButtonClickArgs) {
  const { ack, body, action } = args;
  const { id, version } = readShownEntry(action.value);
  const actor = interactionActor(deps, body);
  const result = await decideEntry(serviceContext(deps), actor, {
    entryId: id,
    version,
    decision: "confirm",
  });
  await ack();
  await showCorrected(deps, args, [result]);
}

/** "Confirm all": every entry the DM showed as waiting, in one transaction, as shown. */
async function confirmAll(deps: BotDeps, args: ButtonClickArgs) {
  const { ack, body, action } = args;
  const entries = readShownEntries(action.value);
  const actor = interactionActor(deps, body);
  const results = await decideEntries(serviceContext(deps), actor, {
    entries,
    decision: "confirm",
  });
  await ack();
  await showCorrected(deps, args, results);
}

export function registerDecisionActions(app: App, deps: BotDeps): void {
  app.action(SUPERVISION_IDS.confirmEntry, (args: ButtonClickArgs) => confirmOne(deps, args));
  app.action(SUPERVISION_IDS.confirmAll, (args: ButtonClickArgs) => confirmAll(deps, args));
}
