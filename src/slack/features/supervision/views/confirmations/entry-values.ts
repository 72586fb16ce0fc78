import { z } from "zod";
import { AppError } from "../../../../../domain/app-error.ts";
import { buttonValue, readButtonValue } from "../../../../forms/button-value.ts";

/**
 * What a Confirm button carries: the entry and the version its confirmer was shown, so a click
 * never decides a session the trainee corrected after the button was drawn.
 */
const positive = z.number().int().positive();
export const shownEntryValue = z.object({ id: positive, version: positive });

/** "Confirm all": [id, version] pairs, short enough that 100 fit in a button's 2,000 characters. */
export const shownEntriesValue = z.object({
  entries: z
    .array(z.tuple([positive, positive]))
    .min(1)
    .max(100),
});

/** Confirm buttons drawn before entries had versions carried ids only. */
const idsOnlyValue = z.union([
  z.object({ id: positive }),
  z.object({ ids: z.array(positive).min(1).max(100) }),
]);

export function shownEntry(entry: { id: number; version: number }): string {
  return buttonValue({ id: entry.id, version: entry.version });
}

export function shownEntries(entries: readonly { id: number; version: number }[]): string {
  return buttonValue({ entries: entries.map((entry) => [entry.id, entry.version]) });
}

/**
 * Said for a Confirm button drawn before versions: it can't tell which version its confirmer
 * saw, so it decides nothing (and reads nothing), and points to the buttons drawn since.
 */
export const BUTTON_BEFORE_VERSIONS =
  "Nothing was confirmed: this button is from an older message that can't show me which version of the session you saw. Open my App Home, where every session waiting for you is listed as it stands now, with fresh buttons.";

function buttonBeforeVersions(): AppError {
  return new AppError("CONFLICT", BUTTON_BEFORE_VERSIONS, { reason: "button without versions" });
}

const confirmOneValue = z.union([shownEntryValue, idsOnlyValue]);
const confirmAllValue = z.union([shownEntriesValue, idsOnlyValue]);

/** A Confirm button's entry and the version shown; one drawn before versions decides nothing. */
export function readShownEntry(raw: string | undefined): { id: number; version: number } {
  const value = readButtonValue(confirmOneValue, raw);
  if (!("version" in value)) throw buttonBeforeVersions();
  return value;
}

/** A Confirm all button's entries and the versions shown; one drawn before versions decides nothing. */
export function readShownEntries(raw: string | undefined): { id: number; version: number }[] {
  const value = readButtonValue(confirmAllValue, raw);
  if (!("entries" in value)) throw buttonBeforeVersions();
  return value.entries.map(([id, version]) => ({ id, version }));
}
