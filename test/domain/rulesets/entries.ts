import type { ActivityKind } from "../../../src/domain/activity.ts";
import { addDays } from "../../../src/domain/dates.ts";
import type { EntryFacts } from "../../../src/domain/progress.ts";
import { entry } from "../fixtures/facts.ts";

/** `n` confirmed entries of `kind`, one a week from `from`, each with the overrides. */
export function weekly(
  kind: ActivityKind,
  n: number,
  from: string,
  overrides: Partial<EntryFacts> = {},
): EntryFacts[] {
  return Array.from({ length: n }, (_, i) =>
    entry(kind, { occurredOn: addDays(from, i * 7), ...overrides }),
  );
}
