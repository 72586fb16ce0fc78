import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commandReply, type Harness, startHarness } from "../support/bot-harness.ts";
import { CAST } from "../support/cast.ts";
import { pdfWords } from "../support/pdf-text.ts";

/**
 * The certificate names the person. Someone an admin accredits with a mention has no name
 * stored by the bot: the certificate must still carry their name, never their Slack user id.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ now: "2026-12-03T10:00:00Z" });
});
afterAll(async () => {
  await h.stop();
});

async function certificateFor(userId: string, name: string): Promise<string> {
  await commandReply(h, CAST.admin.id, `admin accredit <@${userId}|${name}> 2026-12-02`);
  const file = await h.emulator.waitUntil(
    () =>
      h.emulator.files.find(
        (f) =>
          f.name === "balint-accreditation-certificate-2026-12-02.pdf" &&
          f.channels.includes(h.emulator.dmChannelFor(userId)),
      ),
    15_000,
  );
  return pdfWords(file.bytes);
}

describe("the name on the certificate", () => {
  it("is the person's name in Slack when the bot holds none, not their user id", async () => {
    const text = await certificateFor(CAST.newcomer.id, CAST.newcomer.name);
    expect(text).toContain(`This is to certify that ${CAST.newcomer.realName} is accredited`);
    expect(text).not.toContain(CAST.newcomer.id);
  });

  it("prints names outside Latin-1 as written, not as Helvetica's garbage", async () => {
    const names = ["Łukasz Wójcik", "Şebnem Çelik", "Ольга Иванова", "Ελένη Παππά"];
    for (const [index, realName] of names.entries()) {
      const id = `U0NAME00${index}`;
      h.emulator.addUser({ id, name: `member${index}`, realName, displayName: realName });
      expect(await certificateFor(id, `member${index}`)).toContain(realName);
    }
  });
});
