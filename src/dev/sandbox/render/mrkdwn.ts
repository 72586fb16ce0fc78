import type { Directory } from "./directory.ts";
import { replaceEmoji } from "./emoji.ts";
import { decodeSlackEntities, escapeHtml, safeUrl } from "./escape.ts";

const MARK = "\u0000";

/**
 * Slack mrkdwn → safe HTML: *bold*, _italic_, ~strike~, `code`, ```blocks```, > quotes,
 * <@U…> mentions shown as names, <#C…> channels, <url|label> links and line breaks.
 * Everything the text holds is escaped; only the markup this function writes is HTML.
 */
export function mrkdwnToHtml(source: string, directory: Directory): string {
  const kept: string[] = [];
  const keep = (html: string) => `${MARK}${kept.push(html) - 1}${MARK}`;
  let text = source.replaceAll(MARK, "");
  text = text.replace(/```\n?([\s\S]*?)```/g, (_, code: string) =>
    keep(`<pre>${escapeText(code)}</pre>`),
  );
  text = text.replace(/`([^`\n]+)`/g, (_, code: string) =>
    keep(`<code>${escapeText(code)}</code>`),
  );
  text = text.replace(/<([^<>\n]+)>/g, (_, inner: string) => keep(special(inner, directory)));
  text = replaceEmoji(emphasis(escapeText(text)));
  text = quotes(text).replaceAll("\n", "<br>");
  return text.replace(new RegExp(`${MARK}(\\d+)${MARK}`, "g"), (_, index: string) => {
    return kept[Number(index)] ?? "";
  });
}

/** plain_text: escaped, line breaks kept, emoji codes shown when `emoji` is not false. */
export function plainToHtml(text: string, emoji = true): string {
  const escaped = escapeHtml(text).replaceAll("\n", "<br>");
  return emoji ? replaceEmoji(escaped) : escaped;
}

function escapeText(text: string): string {
  return escapeHtml(decodeSlackEntities(text));
}

/** What sits between < and >: a mention, a channel, a special word or a link. */
function special(inner: string, directory: Directory): string {
  const [target = "", ...labelParts] = inner.split("|");
  const label = labelParts.join("|");
  if (target.startsWith("@")) {
    const id = target.slice(1);
    const name = directory.userName(id) ?? (label || id);
    return `<span class="mention" data-user-id="${escapeHtml(id)}">@${escapeText(name)}</span>`;
  }
  if (target.startsWith("#")) {
    const id = target.slice(1);
    const name = directory.channelName(id) ?? (label || id);
    return `<span class="mention">#${escapeText(name)}</span>`;
  }
  if (target.startsWith("!")) {
    const word = target.slice(1).split("^")[0] ?? "";
    const shown = label || (["here", "channel", "everyone"].includes(word) ? `@${word}` : word);
    return `<span class="mention">${escapeText(shown)}</span>`;
  }
  const url = safeUrl(decodeSlackEntities(target));
  const text = escapeText(label || target);
  if (!url) return text;
  return `<a href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer">${text}</a>`;
}

/** *bold*, _italic_ and ~strike~ on escaped text, only at word edges as Slack does. */
function emphasis(text: string): string {
  const wrap = (marker: string, tag: string) => {
    const m = `\\${marker}`;
    const pattern = new RegExp(`(^|[^\\w${m}])${m}(?=\\S)([^${m}\\n]*?\\S)${m}(?![\\w${m}])`, "g");
    return (input: string) => input.replace(pattern, `$1<${tag}>$2</${tag}>`);
  };
  return [wrap("*", "strong"), wrap("_", "em"), wrap("~", "del")].reduce((t, f) => f(t), text);
}

/** Lines starting with "> " (escaped as "&gt; ") become block quotes. */
function quotes(text: string): string {
  const out: string[] = [];
  let quoted: string[] = [];
  const flush = () => {
    if (quoted.length > 0) out.push(`<blockquote>${quoted.join("\n")}</blockquote>`);
    quoted = [];
  };
  for (const line of text.split("\n")) {
    if (line.startsWith("&gt; ") || line === "&gt;") quoted.push(line.replace(/^&gt; ?/, ""));
    else {
      flush();
      out.push(line);
    }
  }
  flush();
  return out
    .join("\n")
    .replaceAll("</blockquote>\n", "</blockquote>")
    .replaceAll("\n<blockquote>", "<blockquote>");
}
