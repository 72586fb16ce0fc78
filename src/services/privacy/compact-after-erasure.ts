import { compactDatabase } from "../../db/compact.ts";
import type { ServiceContext } from "../context.ts";

/**
 * After an erasure: rewrites the database file so the deleted rows leave no bytes behind.
 * Outside any transaction, so not part of `eraseMember` itself.
 */
export function compactAfterErasure(ctx: ServiceContext): Promise<void> {
  return compactDatabase(ctx.db);
}
