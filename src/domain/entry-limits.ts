/**
 * The one set of limits on what one logged entry holds, used by the one-line parser, the use
 * cases' schemas and the logging form.
 */
export const ENTRY_LIMITS = {
  /** Sessions (or weekends, courses…) in one entry. */
  count: { min: 1, max: 50 },
  /** Small-group sessions attended at one weekend. */
  groupSessions: { min: 1, max: 20 },
  /** Case discussions in one led or co-led entry (up to 50 sessions of a few). */
  caseDiscussions: { min: 0, max: 200 },
  /** Hours of supervision in one entry, in quarter hours. */
  hours: { min: 0.25, max: 12, step: 0.25 },
  /** Characters in an event's provider, e.g. "BSANZ". */
  providerLength: 100,
  /** Characters in a private note. */
  noteLength: 1000,
  /** The earliest date an entry (or any date typed) may have, "YYYY-MM-DD". */
  earliestDate: "1950-01-01",
} as const;
