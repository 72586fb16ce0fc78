import {
  finishSlackDelivery,
  forgetSlackDeliveries,
  takeSlackDelivery,
} from "../../db/slack-deliveries.ts";
import { sqlOf } from "../../db/sql.ts";
import type { ServiceContext } from "../context.ts";

/**
 * Slack's deliveries as every process on the database has seen them (src/db/slack-deliveries.ts):
 * `take` is false for a repeat of one taken already. Wall-clock time: Slack retries by it.
 */
export const slackDeliveries = {
  take: (ctx: ServiceContext, key: string) => takeSlackDelivery(sqlOf(ctx.db), key, new Date()),
  finish: (ctx: ServiceContext, key: string) => finishSlackDelivery(sqlOf(ctx.db), key, new Date()),
  forgetTakenBefore: (ctx: ServiceContext, before: Date) =>
    forgetSlackDeliveries(sqlOf(ctx.db), before),
};
