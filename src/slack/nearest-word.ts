/**
 * The word a misspelling most likely meant: a word the typed one starts (three letters or
 * more), else the fewest single-letter edits, if close enough. Pure.
 */
export function nearestWord(typed: string, words: Iterable<string>): string | undefined {
  const w = typed.toLowerCase();
  let best: { word: string; distance: number } | undefined;
  for (const word of words) {
    const distance = w.length >= 3 && word.startsWith(w) ? 0 : editDistance(w, word);
    if (!best || distance < best.distance) best = { word, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(w.length / 3)) ? best.word : undefined;
}

/** How many single-letter edits turn `a` into `b` (Levenshtein). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
