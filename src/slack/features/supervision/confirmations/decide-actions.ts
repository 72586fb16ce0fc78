import type { App } from "@slack/bolt";
import { z } from "zod";
import { decideEntries, decideEntry } from "../../../../services/confirmations/decide-entry.ts";
import { type BotDeps, serviceContext } from "../../../deps.ts";
import { idValue, readButtonValue } from "../../../forms/button-value.ts";
import { type ButtonClickArgs, interactionActor } from "../../../interaction.ts";
import { SUPERVISION_IDS } from "../ids.ts";

const idsValue = z.object({ ids: z.array(z.number().int().positive()).min(1).max(100) });

/** Confirm one entry (from the DM or the App Home). Only the confirmer may; a repeat changes nothing. */
async function confirmOne(deps: BotDeps, { ack, body, action }: ButtonClickArgs) {
  const { id } = readButtonValue(idValue, action.value);
  const actor = interactionActor(deps, body);
  await decideEntry(serviceContext(deps), actor, { entryId: id, decision: "confirm" });
  await ack();
}

/** "Confirm all": every entry the DM showed as waiting, in one transaction. */
async function confirmAll(deps: BotDeps, { ack, body, action }: ButtonClickArgs) {
  const { ids } = readButtonValue(idsValue, action.value);
  const actor = interactionActor(deps, body);
  await decideEntries(serviceContext(deps), actor, { entryIds: ids, decision: "confirm" });
  await ack();
}

export function registerDecisionActions(app: App, deps: BotDeps): void {
  app.action(SUPERVISION_IDS.confirmEntry, (args: ButtonClickArgs) => confirmOne(deps, args));
  app.action(SUPERVISION_IDS.confirmAll, (args: ButtonClickArgs) => confirmAll(deps, args));
}
