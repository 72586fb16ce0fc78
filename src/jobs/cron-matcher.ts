import { createTask } from "node-cron";

/**
 * node-cron's own answer to "is this minute one of `expression`'s times in `timeZone`?", so a
 * catch-up judges a missed run exactly as the scheduler would have fired it. The task is never
 * started: it is only asked to match.
 */
export function cronMatcher(expression: string, timeZone: string): (minute: Date) => boolean {
  const task = createTask(expression, () => undefined, { timezone: timeZone });
  void task.destroy();
  return (minute) => task.match(minute);
}
