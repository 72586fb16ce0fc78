import { existsSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/** Where Chromium or Chrome usually lives: looked up by name on PATH, then these fixed paths. */
const NAMES_ON_PATH = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];
const MACOS_APPS = [
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
];

export const INSTALL_HINT =
  "install Chromium (Debian/Ubuntu: apt-get install chromium; macOS: brew install --cask chromium) or set CHROMIUM_PATH";

const browserEnv = z.object({
  CHROMIUM_PATH: z
    .string()
    .trim()
    .transform((value) => (value === "" ? undefined : value))
    .optional(),
  PATH: z.string().optional(),
  REQUIRE_BROWSER: z
    .string()
    .optional()
    .transform((value) => value === "1" || value === "true"),
});

export interface BrowserChoice {
  /** The executable to launch, or undefined when none was found. */
  executablePath: string | undefined;
  /** REQUIRE_BROWSER=1: a missing browser is a failure, not a skip (CI sets it). */
  required: boolean;
}

/** Finds Chromium: CHROMIUM_PATH if set (it must exist), else by name on PATH, else macOS's apps. */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  exists: (file: string) => boolean = existsSync,
): BrowserChoice {
  const { CHROMIUM_PATH, PATH, REQUIRE_BROWSER } = browserEnv.parse(env);
  if (CHROMIUM_PATH !== undefined) {
    return {
      executablePath: exists(CHROMIUM_PATH) ? CHROMIUM_PATH : undefined,
      required: REQUIRE_BROWSER,
    };
  }
  const onPath = (PATH ?? "")
    .split(path.delimiter)
    .filter(Boolean)
    .flatMap((folder) => NAMES_ON_PATH.map((name) => path.join(folder, name)));
  const found = [...onPath, ...MACOS_APPS].find((file) => exists(file));
  return { executablePath: found, required: REQUIRE_BROWSER };
}

/** The one-line notice printed when the browser test is skipped. */
export function missingBrowserNotice(env: NodeJS.ProcessEnv = process.env): string {
  const where = env.CHROMIUM_PATH
    ? `CHROMIUM_PATH=${env.CHROMIUM_PATH} does not exist`
    : "no Chromium found on PATH";
  return `Browser test skipped: ${where}; ${INSTALL_HINT} (REQUIRE_BROWSER=1 makes this a failure).`;
}
