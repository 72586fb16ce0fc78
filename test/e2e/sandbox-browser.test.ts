import { mkdirSync } from "node:fs";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PEOPLE } from "../../src/dev/sandbox/demo/demo-society.ts";
import { launchChromium } from "../../src/dev/sandbox/headless/chromium.ts";
import {
  findChromium,
  missingBrowserNotice,
} from "../../src/dev/sandbox/headless/find-chromium.ts";
import { actAs, openView, runCommand } from "../../src/dev/sandbox/headless/page-steps.ts";
import { type RunningSandbox, startSandbox } from "../../src/dev/sandbox/sandbox.ts";
import { calendarDate, formatUkDate } from "../../src/domain/dates.ts";
import { copyTemplateDatabase } from "../support/database.ts";

const { trainee, leader, newcomer } = DEMO_PEOPLE;
const WAIT_MS = 15_000;

let sandbox: RunningSandbox;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

// Without a browser the test is skipped with a notice; REQUIRE_BROWSER=1 (CI) makes it fail instead.
const browserChoice = findChromium();
const skipBrowser = browserChoice.executablePath === undefined && !browserChoice.required;
if (skipBrowser) console.warn(missingBrowserNotice());

interface CoLed {
  total: number;
  confirmed: number;
  awaiting: number;
}

/** The checklist's co-led line: "12 of 20 sessions … (10 confirmed, 2 awaiting confirmation)". */
async function coLed(progress: Locator): Promise<CoLed> {
  const title = progress.page().locator("strong", { hasText: /^Co-led sessions$/ });
  const line = progress.locator(".bk-section").filter({ has: title }).first();
  const text = (await line.textContent()) ?? "";
  const total = /(\d+) of 20/.exec(text)?.[1];
  if (total === undefined) throw new Error(`No "n of 20" in the co-led line: ${text}`);
  const confirmed = /(\d+) confirmed/.exec(text)?.[1] ?? total;
  const awaiting = /(\d+) awaiting/.exec(text)?.[1] ?? "0";
  return { total: Number(total), confirmed: Number(confirmed), awaiting: Number(awaiting) };
}

async function progressNow(): Promise<CoLed> {
  const reply = await runCommand(page, "/balint progress");
  await reply.getByText("Your progress").waitFor({ timeout: WAIT_MS });
  return coLed(reply);
}

describe.skipIf(skipBrowser)("the sandbox page in a browser", () => {
  beforeAll(async () => {
    sandbox = await startSandbox({
      port: 0,
      databaseUrl: await copyTemplateDatabase(),
      database: "ready",
      logLevel: "error",
    });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on("pageerror", (error) => pageErrors.push(error.message));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await sandbox?.stop();
  });

  it("logs a co-led session as the trainee, confirms it as the supervisor, and progress moves", async () => {
    await page.goto(`${sandbox.url}/?as=${trainee.id}&view=messages`);
    await page.locator(`body[data-user-id="${trainee.id}"]`).waitFor({ timeout: WAIT_MS });
    const before = await progressNow();

    // Typed as in Slack: the page sends the mention escaped, as <@U…|amira.ahmed>.
    const logged = await runCommand(page, `/balint log coled 1 today with @${leader.realName}`);
    await expect.poll(() => logged.textContent(), { timeout: WAIT_MS }).toContain(leader.realName);
    expect(await progressNow()).toEqual({
      ...before,
      total: before.total + 1,
      awaiting: before.awaiting + 1,
    });

    await actAs(page, leader.id);
    await openView(page, "messages");
    const today = formatUkDate(calendarDate(sandbox.clock.now(), "Europe/London"));
    const entry = page
      .locator("#main article.message .bk-section", { hasText: `Co-led session · ${today}` })
      .last();
    await entry.waitFor({ timeout: WAIT_MS });
    const decide = entry.locator("xpath=following-sibling::div[contains(@class,'bk-actions')][1]");
    await decide.getByRole("button", { name: "Confirm", exact: true }).click();
    await expect
      .poll(() => page.locator("#main").textContent(), { timeout: WAIT_MS })
      .toMatch(/Confirmed by @Dr Amira Ahmed/);

    await actAs(page, trainee.id);
    await openView(page, "messages");
    const after = { ...before, total: before.total + 1, confirmed: before.confirmed + 1 };
    expect(await progressNow()).toEqual(after);

    await openView(page, "home");
    const home = page.locator("#main .home-view");
    await home.getByText("Co-led sessions").first().waitFor({ timeout: WAIT_MS });
    expect(await coLed(home)).toEqual(after);

    mkdirSync("test-output", { recursive: true });
    await page.screenshot({ path: "test-output/sandbox.png", fullPage: true });
    expect(pageErrors).toEqual([]);
  }, 90_000);

  it("shows the bot's in-modal errors and keeps what was typed", async () => {
    await actAs(page, newcomer.id);
    await openView(page, "messages");
    await page.fill("#command", "/balint interest");
    await page.press("#command", "Enter");
    const modal = page.locator("form.modal");
    await modal.waitFor({ timeout: WAIT_MS });
    const firstText = modal.locator("input[type=text], textarea").first();
    await firstText.fill("GP, general practice");
    await modal.locator("[data-modal-submit]").click();
    await modal.locator(".bk-error:not([hidden])").first().waitFor({ timeout: WAIT_MS });
    expect(await modal.locator(".bk-input.has-error").count()).toBeGreaterThan(0);
    expect(await firstText.inputValue()).toBe("GP, general practice");
    await modal.locator(".modal-footer [data-modal-close]").click();
    await modal.waitFor({ state: "detached", timeout: WAIT_MS });
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it("goes from a newcomer's Home to a submitted interest form", async () => {
    await actAs(page, newcomer.id);
    await openView(page, "home");
    const home = page.locator("#main .home-view");
    await home
      .getByRole("button", { name: "Tell the leadership team about my experience" })
      .click();
    const modal = page.locator("form.modal");
    await modal.getByText("Leadership interest").first().waitFor({ timeout: WAIT_MS });
    const field = (blockId: string) => modal.locator(`.bk-input[data-block-id="${blockId}"]`);
    await field("professionalTraining").locator("input").fill("GP, general practice");
    await field("ukBalintMember").locator('input[value="applying"]').check();
    await field("psychoanalyticTraining").locator('input[value="no"]').check();
    await field("groupSessions").locator("input").fill("12");
    await field("hopes").locator("textarea").fill("To lead a Balint group for GP trainees.");
    await modal.locator("[data-modal-submit]").click();
    await modal.waitFor({ state: "detached", timeout: WAIT_MS });

    await openView(page, "messages");
    await page
      .locator("#main article.message", { hasText: "your leadership interest form went to" })
      .waitFor({ timeout: WAIT_MS });
    expect(await sandbox.bot.db.leadershipRequest.count({ where: { kind: "interest_form" } })).toBe(
      1,
    );
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it("offers the shortcuts in the lightning menu and on each message", async () => {
    await actAs(page, trainee.id);
    await openView(page, "home");
    await page.locator("#title .lightning summary").click();
    await page
      .locator("#title .lightning")
      .getByRole("button", { name: "Log a Balint session" })
      .click();
    const modal = page.locator("form.modal");
    await modal.getByText("Log a session").first().waitFor({ timeout: WAIT_MS });
    await modal.locator(".modal-footer [data-modal-close]").click();
    await modal.waitFor({ state: "detached", timeout: WAIT_MS });

    await openView(page, "messages");
    const message = page.locator("#main article.message:not(.ephemeral)").first();
    await message.locator(".more-actions summary").click();
    await message.getByRole("button", { name: "Log as a Balint session" }).click();
    await modal.getByText("Log a session").first().waitFor({ timeout: WAIT_MS });
    const posted = Number(await message.getAttribute("data-ts"));
    const day = calendarDate(new Date(posted * 1000), "Europe/London");
    expect(await modal.locator('input[type="date"]').first().inputValue()).toBe(day);
    await modal.locator(".modal-footer [data-modal-close]").click();
    await modal.waitFor({ state: "detached", timeout: WAIT_MS });
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it("serves the real bot on the same port, refusing unsigned requests", async () => {
    const health = await fetch(`${sandbox.url}/healthz`);
    expect(health.status).toBe(200);
    const unsigned = await fetch(`${sandbox.url}/slack/events`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "command=%2Fbalint&text=help",
    });
    expect(unsigned.status).toBe(401);
  });
});
