import { databaseAnswers } from "../../db/client.ts";
import type { ServiceContext } from "../context.ts";

/** Whether the database answers a trivial query, for the health check. */
export function checkDatabase(ctx: ServiceContext): Promise<boolean> {
  return databaseAnswers(ctx.db);
}
