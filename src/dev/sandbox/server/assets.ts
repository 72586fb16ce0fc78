import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

/** The page's script: the TypeScript in ../browser, bundled once at start. */
export async function bundleBrowserScript(): Promise<string> {
  const entry = fileURLToPath(new URL("../browser/app.ts", import.meta.url));
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: "iife",
    target: "es2020",
    platform: "browser",
    logLevel: "silent",
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error("The sandbox page's script did not build.");
  return output.text;
}

/** The page's look, then Block Kit's: served as one stylesheet. */
export function readStyles(): string {
  return ["page.css", "block-kit.css"]
    .map((name) => readFileSync(new URL(`./styles/${name}`, import.meta.url), "utf8"))
    .join("\n");
}
