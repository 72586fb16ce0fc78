const FILLED = "▓";
const EMPTY = "░";

/**
 * A text progress bar, e.g. progressBar(12, 20) → "▓▓▓▓▓▓░░░░". Rounds down, so the bar is
 * full only when `have` reaches `need`. With no fixed amount to reach (`need` 0, as for
 * supervision and the portfolio) there is nothing to measure against: the bar is "".
 */
export function progressBar(have: number, need: number, width = 10): string {
  if (need <= 0) return "";
  const cells = Math.max(0, Math.floor(width));
  const filled = Math.min(cells, Math.floor((Math.max(0, have) * cells) / need));
  return FILLED.repeat(filled) + EMPTY.repeat(cells - filled);
}
