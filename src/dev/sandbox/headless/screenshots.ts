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
 * docs/images/home-newcomer.png: Nia's App Home, a newcomer's first steps.
 * docs/images/home-subcommittee.png: Jo's App Home, after Sam applies: the subcommittee's section.
 */
const OUT = path.resolve("docs/images");
const { trainee, leader, newcomer, member } = DEMO_PEOPLE;
const WAIT_MS = 15_000;

async function fitHeight(page: Page, width: number): Promise<void> {
  const extra = await page
    .locator("#main")
    .evaluate((main) => main.scrollHeight - main.clientHeight);
  const height = page.viewportSize()?.height ?? 800;
  await page.setViewportSize({ width, height: height + Math.max(0, extra) });
}

/** Someone's Home tab, fitted to its height, once it shows `showing`. */
async function homeOf(page: Page, userId: string, showing: string): Promise<void> {
  await actAs(page, userId);
  await page.setViewportSize({ width: 1000, height: 700 });
  await openView(page, "home");
  await page.locator("#main .home-view").getByText(showing).first().waitFor({ timeout: WAIT_MS });
  await fitHeight(page, 1000);
}

/** `/balint apply`, the button in its answer, and the statement form, as the trainee. */
async function applyAs(page: Page, userId: string): Promise<void> {
  await actAs(page, userId);
  await openView(page, "messages");
  const answer = await runCommand(page, "/balint apply");
  await answer.getByRole("button", { name: /^Apply/ }).click();
  const modal = page.locator("form.modal");
  await modal
    .locator('.bk-input[data-block-id="statement"] textarea')
    .waitFor({ timeout: WAIT_MS });
  await modal
    .locator('.bk-input[data-block-id="statement"] textarea')
    .fill(
      "I have co-led a weekly group for two years with Dr Ahmed, and been supervised throughout.",
    );
  const seenGaps = modal.locator('input[value="seen_gaps"]');
  if ((await seenGaps.count()) > 0) await seenGaps.check();
  await modal.locator("[data-modal-submit]").click();
  await modal.waitFor({ state: "detached", timeout: WAIT_MS });
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

  await homeOf(page, newcomer.id, "New here?");
  await page.locator(".pane").screenshot({ path: path.join(OUT, "home-newcomer.png") });

  await applyAs(page, trainee.id);
  await homeOf(page, member.id, "Waiting for a decision (1)");
  await page.locator(".pane").screenshot({ path: path.join(OUT, "home-subcommittee.png") });
  process.stdout.write(`Wrote four pictures in ${OUT}\n`);
} finally {
  await browser.close();
  await sandbox.stop();
  rmSync(folder, { recursive: true, force: true });
}
