import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { DEMO_PEOPLE } from "../demo/demo-society.ts";
import { startSandbox } from "../sandbox.ts";
import { launchChromium } from "./chromium.ts";
import { actAs, openView, runCommand } from "./page-steps.ts";

/**
 * Regenerates the README's pictures: `npx tsx src/dev/sandbox/headless/screenshots.ts`.
 * docs/images/sandbox.png: the page, as Dr Ahmed, with Sam's session waiting in her DM.
 * docs/images/app-home.png: Sam's App Home tab, as Slack shows it.
 */
const OUT = path.resolve("docs/images");
const { trainee, leader } = DEMO_PEOPLE;
const WAIT_MS = 15_000;

async function fitHeight(page: Page, width: number): Promise<void> {
  const extra = await page
    .locator("#main")
    .evaluate((main) => main.scrollHeight - main.clientHeight);
  const height = page.viewportSize()?.height ?? 800;
  await page.setViewportSize({ width, height: height + Math.max(0, extra) });
}

const folder = mkdtempSync(path.join(tmpdir(), "balint-sandbox-"));
const sandbox = await startSandbox({
  port: 0,
  databaseUrl: `file:${path.join(folder, "sandbox.db")}`,
  logLevel: "error",
});
const browser = await launchChromium();
try {
  mkdirSync(OUT, { recursive: true });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${sandbox.url}/?as=${trainee.id}&view=messages`);
  await page.locator(`body[data-user-id="${trainee.id}"]`).waitFor({ timeout: WAIT_MS });
  await runCommand(page, `/balint log coled 1 today with @${leader.realName}`);

  await actAs(page, leader.id);
  await openView(page, "messages");
  await page
    .getByRole("button", { name: "Confirm", exact: true })
    .first()
    .waitFor({ timeout: WAIT_MS });
  await page.screenshot({ path: path.join(OUT, "sandbox.png") });

  await actAs(page, trainee.id);
  await page.setViewportSize({ width: 1000, height: 700 });
  await openView(page, "home");
  await page
    .locator("#main .home-view")
    .getByText("Co-led sessions")
    .first()
    .waitFor({ timeout: WAIT_MS });
  await fitHeight(page, 1000);
  await page.locator(".pane").screenshot({ path: path.join(OUT, "app-home.png") });
  process.stdout.write(
    `Wrote ${path.join(OUT, "sandbox.png")} and ${path.join(OUT, "app-home.png")}\n`,
  );
} finally {
  await browser.close();
  await sandbox.stop();
  rmSync(folder, { recursive: true, force: true });
}
