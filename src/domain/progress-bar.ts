const FILLED = "▓";
const EMPTY = "░";

/**
 * A text progress bar, e.g. progressBar(12, 20) → "▓▓▓▓▓▓░░░░". Rounds down, so the bar is
 * full only when `have` reaches `need`. A `need` of 0 or less (nothing fixed to reach) is full.
 */
export function progressBar(have: number, need: number, width = 10): string {
  const cells = Math.max(0, Math.floor(width));
  const filledExact = need > 0 ? (Math.max(0, have) * cells) / need : cells;
  const filled = Math.min(cells, Math.floor(filledExact));
  return FILLED.repeat(filled) + EMPTY.repeat(cells - filled);
}
