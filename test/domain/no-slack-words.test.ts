import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Below the Slack layer nothing writes Slack: no slash command (the Slack layer words it with the
 * configured name), no mrkdwn bold, no <@…> mentions. Use cases return refusals as data.
 */
const SRC = path.resolve(import.meta.dirname, "../../src");
const FOLDERS = ["domain", "services"];

const SLACK_WORDS: readonly [RegExp, string][] = [
  [/\/balint\b/, "the hard-coded /balint"],
  [/<@/, "a Slack mention (<@…>)"],
  [/(^|[\s("'`])\*[^\s*](?:[^*\n]*[^\s*])?\*(?=[\s.,;:!?)"'`]|$)/m, "mrkdwn bold (*…*)"],
];

function slackWordsIn(source: string): string[] {
  return SLACK_WORDS.filter(([pattern]) => pattern.test(source)).map(([, what]) => what);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const full = path.join(dir, item.name);
    if (item.isDirectory()) return sourceFiles(full);
    return item.name.endsWith(".ts") ? [full] : [];
  });
}

describe("no Slack words below the Slack layer", () => {
  it("src/domain and src/services write no /balint, mrkdwn bold or mentions", () => {
    const files = FOLDERS.flatMap((folder) => sourceFiles(path.join(SRC, folder)));
    expect(files.length).toBeGreaterThan(20);
    const problems = files.flatMap((file) =>
      slackWordsIn(readFileSync(file, "utf8")).map(
        (what) => `${path.relative(SRC, file)}: ${what}`,
      ),
    );
    expect(problems).toEqual([]);
  });

  it("catches what it is meant to catch", () => {
    const samples = [
      "ask a supervisor with `/balint supervisor @person`.",
      'return "<@" + userId + ">";',
      '"*Not yet*: the subcommittee asks for more."',
      "`You have *3* waiting.`",
    ];
    for (const sample of samples) expect(slackWordsIn(sample), sample).not.toEqual([]);
  });

  it("lets comments, multiplication and glob-like text through", () => {
    const fine = [
      "/** A use case. */",
      " * Only the trainee's supervisor may.",
      "const area = width * height * 2;",
      '"3 weekends × 5"',
      "`count * weight`",
    ];
    for (const sample of fine) expect(slackWordsIn(sample), sample).toEqual([]);
  });
});
