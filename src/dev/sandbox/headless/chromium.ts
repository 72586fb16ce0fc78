import { type Browser, chromium } from "playwright-core";
import { findChromium, INSTALL_HINT } from "./find-chromium.ts";

/** Headless Chromium for the browser test and the README's screenshots. Playwright's own browser download is never used. */
export async function launchChromium(): Promise<Browser> {
  const { executablePath } = findChromium();
  if (executablePath === undefined) {
    throw new Error(`No Chromium to launch: ${INSTALL_HINT}.`);
  }
  return chromium.launch({
    executablePath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}
