/** Someone a typed `@name` can mean: their handle and the names shown for them. */
export interface Mentionable {
  id: string;
  handle: string;
  names: readonly string[];
}

/**
 * Turns each typed `@name` into the escaped mention Slack sends for a command whose mentions
 * are escaped: `<@U123|handle>`. The longest matching name wins, so "@Dr Amira Ahmed" beats a
 * shorter "@Dr A…"; an `@word` that names nobody stays as typed, as in Slack.
 */
export function escapeMentions(text: string, people: readonly Mentionable[]): string {
  const candidates = people
    .flatMap((person) => [person.handle, ...person.names].map((name) => ({ name, person })))
    .filter(({ name }) => name.length > 0)
    .sort((a, b) => b.name.length - a.name.length);
  let out = "";
  let index = 0;
  while (index < text.length) {
    const char = text[index] ?? "";
    const atWordStart = index === 0 || /\s/.test(text[index - 1] ?? "");
    if (char === "@" && atWordStart) {
      const found = candidates.find(({ name }) => namedAt(text, index + 1, name));
      if (found) {
        out += `<@${found.person.id}|${found.person.handle}>`;
        index += 1 + found.name.length;
        continue;
      }
    }
    out += char;
    index += 1;
  }
  return out;
}

function namedAt(text: string, start: number, name: string): boolean {
  const slice = text.slice(start, start + name.length);
  if (slice.toLowerCase() !== name.toLowerCase()) return false;
  const next = text[start + name.length];
  return next === undefined || /[\s.,;:!?)]/.test(next);
}
