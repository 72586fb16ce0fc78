import { recordEffects } from "../../db/outbox.ts";
import type { ServiceContext } from "../context.ts";

/** A system error code such as ENOSPC: never a message, which may carry paths or data. */
const ERROR_CODE = /^[A-Za-z0-9_]{1,40}$/;

/** Records that the day's backup failed, for the outbox to tell each admin once. */
export async function recordBackupFailure(
  ctx: ServiceContext,
  { period, error }: { period: string; error: unknown },
): Promise<void> {
  const code = (error as { code?: unknown } | null)?.code;
  await recordEffects(ctx.db, [
    {
      type: "backup.failed",
      period,
      ...(typeof code === "string" && ERROR_CODE.test(code) ? { code } : {}),
    },
  ]);
}
