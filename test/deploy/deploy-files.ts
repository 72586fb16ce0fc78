import { readFileSync } from "node:fs";

/** Small readers for the deployment files, enough for the invariants the tests check. */

export interface Instruction {
  keyword: string;
  args: string;
}

export interface Stage {
  from: string;
  name: string | undefined;
  instructions: Instruction[];
}

/** Dockerfile → global ARG defaults and its stages; continuation lines joined, comments dropped. */
export function readDockerfile(file = "Dockerfile"): {
  args: Map<string, string>;
  stages: Stage[];
} {
  const joined = readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => !line.trimStart().startsWith("#"))
    .join("\n")
    .replace(/\\\n/g, " ");
  const args = new Map<string, string>();
  const stages: Stage[] = [];
  for (const line of joined
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)) {
    const [keyword = "", ...rest] = line.split(/\s+/);
    const instruction = { keyword: keyword.toUpperCase(), args: rest.join(" ") };
    if (instruction.keyword === "FROM") {
      const [image = "", , name] = rest;
      const from = image.replace(/^\$\{(\w+)\}$/, (_, arg: string) => args.get(arg) ?? image);
      stages.push({ from, name, instructions: [] });
    } else if (stages.length === 0 && instruction.keyword === "ARG") {
      const [name = "", value = ""] = instruction.args.split("=");
      args.set(name, value);
    } else {
      stages.at(-1)?.instructions.push(instruction);
    }
  }
  return { args, stages };
}

export function argsOf(stage: Stage, keyword: string): string[] {
  return stage.instructions.filter((i) => i.keyword === keyword).map((i) => i.args);
}

/** An exec-form (JSON array) argument, such as CMD ["node", "x.mjs"]. */
export function execForm(text: string): string[] {
  return JSON.parse(text) as string[];
}

/** A systemd unit → section → key → values (a key may repeat, e.g. Environment). */
export function readUnit(file: string): Map<string, Map<string, string[]>> {
  const sections = new Map<string, Map<string, string[]>>();
  let current: Map<string, string[]> | undefined;
  for (const raw of readFileSync(file, "utf8").split("\n")) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#") || line.startsWith(";")) continue;
    const section = /^\[(.+)\]$/.exec(line);
    if (section?.[1]) {
      current = new Map();
      sections.set(section[1], current);
      continue;
    }
    const eq = line.indexOf("=");
    if (!current || eq < 0) throw new Error(`Not a unit line: ${line}`);
    const key = line.slice(0, eq).trim();
    current.set(key, [...(current.get(key) ?? []), line.slice(eq + 1).trim()]);
  }
  return sections;
}

/** The Node major versions an engines range such as "^22.12 || ^24" admits, by their lowest bound. */
export function engineMajors(range: string): number[] {
  return range.split("||").map((part) => {
    const major = /(\d+)/.exec(part)?.[1];
    if (major === undefined) throw new Error(`No version in engines part "${part}"`);
    return Number(major);
  });
}
