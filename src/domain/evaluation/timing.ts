import type { EntryFacts, TraineeFacts } from "../progress.ts";
import type { Timing } from "../ruleset.ts";

type Dates = Pick<TraineeFacts, "entries" | "appliedOn" | "pathwayStartedOn">;

/**
 * The entries dated inside the timing's window. Before applying: on or before the day the
 * trainee applied (every entry while they have not). Before training: before the pathway's
 * start; from training start: on or after it (every entry when no start is known).
 */
export function entriesInWindow(facts: Dates, timing: Timing | undefined): readonly EntryFacts[] {
  const { entries, appliedOn, pathwayStartedOn } = facts;
  switch (timing) {
    case undefined:
      return entries;
    case "before_applying":
      return appliedOn ? entries.filter((e) => e.occurredOn <= appliedOn) : entries;
    case "before_training":
      return pathwayStartedOn ? entries.filter((e) => e.occurredOn < pathwayStartedOn) : entries;
    case "from_training_start":
      return pathwayStartedOn ? entries.filter((e) => e.occurredOn >= pathwayStartedOn) : entries;
  }
}

/** "needed before you apply", shown beside a prerequisite. */
export function timingPhrase(timing: Timing | undefined, facts: Dates): string {
  switch (timing) {
    case undefined:
      return "";
    case "before_applying":
      return facts.appliedOn ? "; counted up to the day you applied" : "; needed before you apply";
    case "before_training":
      return "; needed before your leader training starts";
    case "from_training_start":
      return "; counted from the start of your leader training";
  }
}
