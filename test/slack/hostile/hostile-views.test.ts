import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { mention } from "../../../src/slack/views/blocks.ts";
import { escapeMrkdwn } from "../../../src/slack/views/mrkdwn.ts";
import { COVERAGE } from "./coverage.ts";
import { HOSTILE } from "./hostile-fixtures.ts";
import { VIEW_MODULES } from "./view-renders.ts";

const ROOT = join(import.meta.dirname, "../../..");

/** Every .ts file in a `views` folder (at any depth) under src/slack. */
function viewFiles(dir: string, inViews = false): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return viewFiles(path, inViews || entry.name === "views");
    return inViews && entry.name.endsWith(".ts") ? [relative(ROOT, path)] : [];
  });
}

/** Live tokens that must never come out of users' text: broadcasts, mentions, links, entities. */
const LIVE = [
  /<!channel>/,
  /<!here>/,
  /<!subteam\^S1>/,
  /<@U1>/,
  /<https:\/\/x\|y>/,
  /<https:\/\/evil\.example/,
  /&amp;(?!amp;)/,
];

/** Keys whose strings Slack never renders as mrkdwn. */
const NOT_RENDERED = new Set([
  "action_id",
  "block_id",
  "callback_id",
  "private_metadata",
  "external_id",
  "value",
  "initial_value",
  "initial_date",
  "initial_user",
  "url",
  "type",
  "style",
]);

interface Found {
  /** Strings Slack reads as mrkdwn (section/context/field text, a message's `text`…). */
  rendered: string[];
  /** Strings shown as typed: plain_text objects and input values. */
  verbatim: string[];
}

function collect(value: unknown, found: Found, key = "", plain = false): Found {
  if (typeof value === "string") {
    if (plain || key === "initial_value") found.verbatim.push(value);
    else if (!NOT_RENDERED.has(key)) found.rendered.push(value);
  } else if (Array.isArray(value)) {
    for (const item of value) collect(item, found, key, plain);
  } else if (value && typeof value === "object") {
    const isPlain = (value as { type?: unknown }).type === "plain_text";
    for (const [k, v] of Object.entries(value)) collect(v, found, k, plain || isPlain);
  }
  return found;
}

describe("users' text in every view", () => {
  it("covers every module in the views folders, and only those", () => {
    expect(Object.keys(VIEW_MODULES).sort()).toEqual(viewFiles(join(ROOT, "src/slack")).sort());
  });

  for (const [file, module] of Object.entries(VIEW_MODULES)) {
    it(`${file}: every exported function is rendered with hostile text, or says why not`, () => {
      const covered = COVERAGE[file] ?? {};
      const functions = Object.keys(module).filter((name) => typeof module[name] === "function");
      expect(Object.keys(covered).sort(), "the coverage table names these exports").toEqual(
        functions.sort(),
      );
      for (const [name, cover] of Object.entries(covered)) {
        if (typeof cover === "string") {
          expect(cover.length, `${name}: a reason`).toBeGreaterThan(10);
          continue;
        }
        const found: Found = { rendered: [], verbatim: [] };
        for (const output of cover.renders()) collect(output, found);
        for (const text of found.rendered) {
          for (const live of LIVE) expect(text, `${name}: ${live}`).not.toMatch(live);
        }
        if (cover.shows) {
          const escaped = found.rendered.some((t) => t.includes(escapeMrkdwn("<!channel>")));
          const asTyped = found.verbatim.some((t) => t.includes("<!channel>"));
          expect(escaped || asTyped, `${name} shows the user's text`).toBe(true);
        }
      }
    });
  }

  it("a mention of anything but a user id is text, not a token", () => {
    expect(mention("U0LEADER1")).toBe("<@U0LEADER1>");
    expect(mention("U1> <!channel")).toBe("U1&gt; &lt;!channel");
    expect(mention(HOSTILE)).not.toMatch(/<!/);
  });
});
