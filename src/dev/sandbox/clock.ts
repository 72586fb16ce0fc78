const DAY_MS = 24 * 60 * 60 * 1000;

/** The sandbox's clock: real time plus however far the page has moved it forward. */
export interface MovableClock {
  now(): Date;
  /** Whole days moved forward so far. */
  readonly daysAhead: number;
  advanceDays(days: number): Date;
}

export function createMovableClock(realNowMs: () => number = Date.now): MovableClock {
  let daysAhead = 0;
  return {
    now: () => new Date(realNowMs() + daysAhead * DAY_MS),
    get daysAhead() {
      return daysAhead;
    },
    advanceDays(days: number) {
      if (!Number.isInteger(days) || days < 1 || days > 366) {
        throw new Error("The clock moves forward by 1 to 366 whole days.");
      }
      daysAhead += days;
      return new Date(realNowMs() + daysAhead * DAY_MS);
    },
  };
}
