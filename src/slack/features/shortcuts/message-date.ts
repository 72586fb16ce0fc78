import { z } from "zod";
import { calendarDate } from "../../../domain/dates.ts";

/** Slack's message timestamps: seconds since the epoch, a dot, and a sequence number. */
const messageTs = z.string().regex(/^\d{9,11}\.\d{1,6}$/);

/**
 * The day a message was posted, in the society's time zone ("YYYY-MM-DD"), or null for a
 * timestamp that is not Slack's. Pure.
 */
export function messageDate(ts: unknown, timeZone: string): string | null {
  const parsed = messageTs.safeParse(ts);
  if (!parsed.success) return null;
  return calendarDate(new Date(Number(parsed.data.split(".")[0]) * 1000), timeZone);
}
