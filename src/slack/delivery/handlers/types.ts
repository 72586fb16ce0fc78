import type { WebClient } from "@slack/web-api";
import type { Effect, EffectType } from "../../../domain/effects.ts";
import type { OutboxItemToDeliver } from "../../../services/delivery/claim-outbox-items.ts";
import type { BotDeps } from "../../deps.ts";

/** What a handler delivers with: the bot, the delivery client, and the item (for post-once). */
export interface Delivery {
  deps: BotDeps;
  client: WebClient;
  item: OutboxItemToDeliver;
}

export type EffectHandler<T extends EffectType> = (
  delivery: Delivery,
  effect: Extract<Effect, { type: T }>,
) => Promise<void>;

export type EffectHandlers = { [T in EffectType]: EffectHandler<T> };
