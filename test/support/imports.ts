import { existsSync, readdirSync, statSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";

/** One import or re-export in a source text. */
export interface ImportRef {
  specifier: string;
  /** `import type …` / `export type …`: erased before the code runs. */
  typeOnly: boolean;
}

const STATIC_IMPORT = /\b(import|export)\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s*)?["']([^"']+)["']/g;
const DYNAMIC_IMPORT = /\b(?:import|require)\s*\(\s*["']([^"']+)["']/g;

/** Every module a source text imports, re-exports, `import()`s or `require`s. */
export function importsIn(source: string): ImportRef[] {
  const found: ImportRef[] = [];
  for (const match of source.matchAll(STATIC_IMPORT)) {
    found.push({ specifier: match[3] ?? "", typeOnly: match[2] !== undefined });
  }
  for (const match of source.matchAll(DYNAMIC_IMPORT)) {
    found.push({ specifier: match[1] ?? "", typeOnly: false });
  }
  return found;
}

/** Every TypeScript or JavaScript file under `dir`. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const full = path.join(dir, item.name);
    if (item.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|js|mjs|cjs)$/.test(item.name) ? [full] : [];
  });
}

/**
 * The file a relative specifier names, seen from `fromFile` (`.js` may stand for `.ts`, as in
 * the generated client); undefined for a package or a Node module.
 */
export function resolveRelative(fromFile: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  const target = path.resolve(path.dirname(fromFile), specifier);
  const candidates = [target, target.replace(/\.js$/, ".ts"), `${target}.ts`, `${target}/index.ts`];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile()) ?? target;
}

/** The npm package a bare specifier names ("@slack/bolt", "zod"); undefined for Node's own. */
export function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith(".") || specifier.startsWith("node:")) return undefined;
  const [first = "", second = ""] = specifier.split("/");
  if (builtinModules.includes(first)) return undefined;
  return first.startsWith("@") ? `${first}/${second}` : first;
}
