import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/**
 * The font every PDF is written in: DejaVu Sans, embedded, so names and notes in Polish,
 * Turkish, Greek, Cyrillic and other scripts print as written. PDF's built-in Helvetica knows
 * only Latin-1 and turns other letters into garbage. Read once, on first use.
 */
let font: Buffer | undefined;

export function documentFont(): Buffer {
  font ??= readFileSync(
    createRequire(import.meta.url).resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf"),
  );
  return font;
}
