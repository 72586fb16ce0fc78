import type { Locator, Page } from "playwright-core";

/** Steps on the sandbox page, shared by the browser test and the screenshot script. */

const WAIT_MS = 15_000;

/** Chooses who you are and waits until the page shows what they see. */
export async function actAs(page: Page, userId: string): Promise<void> {
  await page.selectOption("#who", userId);
  await page.locator(`body[data-user-id="${userId}"]`).waitFor({ timeout: WAIT_MS });
}

/**
 * Opens a view ("home", "messages" or a channel id) and waits for it. The page redraws as it
 * polls, so a click that lands mid-redraw is tried again until the deadline.
 */
export async function openView(page: Page, view: string): Promise<void> {
  const shown = page.locator(`body[data-view="${view}"]`);
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    await page
      .locator(`#sidebar [data-view="${view}"], #title [data-view="${view}"]`)
      .first()
      .click({ timeout: Math.max(1, deadline - Date.now()) });
    try {
      await shown.waitFor({ timeout: Math.min(2_000, Math.max(1, deadline - Date.now())) });
      return;
    } catch (error) {
      if (Date.now() >= deadline) throw error;
    }
  }
}

/** Types a command in the box and returns the bot's newest message once one more has arrived. */
export async function runCommand(page: Page, text: string): Promise<Locator> {
  const messages = page.locator("#main article.message");
  const before = await messages.count();
  await page.fill("#command", text);
  await page.press("#command", "Enter");
  await messages.nth(before).waitFor({ timeout: WAIT_MS });
  return messages.last();
}
