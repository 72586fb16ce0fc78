/**
 * The one way text typed by users enters mrkdwn (section text, fields, context, a message's
 * notification `text`). Slack reads `<…>` as mentions, links and broadcasts (`<!channel>`,
 * `<@U1>`, `<https://x|y>`) and `&…;` as entities; escaping `&`, `<` and `>` leaves none live.
 * Text in `plain_text` objects and input values is never parsed, so it needs no escaping.
 */
export function escapeMrkdwn(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

/** Users' text as a block quote, escaped. */
export function quoteUserText(text: string): string {
  return escapeMrkdwn(text)
    .split("\n")
    .map((line) => `>${line}`)
    .join("\n");
}

const SLACK_ID = /^[UWB][A-Z0-9]+$/;

/** Whether `id` looks like a Slack user id, so `<@id>` is a mention and nothing more. */
export function isSlackUserId(id: string): boolean {
  return SLACK_ID.test(id);
}

/** Splits users' text so that each piece, escaped and quoted, stays within `limit` characters. */
export function chunksWithin(text: string, limit: number): string[] {
  const chunks: string[] = [];
  let chunk = "";
  let size = 1;
  for (const char of text) {
    const grows = char === "\n" ? 2 : escapeMrkdwn(char).length;
    if (size + grows > limit && chunk) {
      chunks.push(chunk);
      chunk = "";
      size = 1;
    }
    chunk += char;
    size += grows;
  }
  if (chunk) chunks.push(chunk);
  return chunks;
}
