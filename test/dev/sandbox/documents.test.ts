import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_CHANNELS, DEMO_PEOPLE } from "../../../src/dev/sandbox/demo/demo-society.ts";
import { type RunningSandbox, startSandbox } from "../../../src/dev/sandbox/sandbox.ts";
import { APPLICATION_IDS } from "../../../src/slack/features/applications/ids.ts";
import { ACKNOWLEDGE_VALUE } from "../../../src/slack/features/applications/views/apply-modal.ts";
import { copyTemplateDatabase } from "../../support/database.ts";
import { pdfWords } from "../../support/pdf-text.ts";

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startSandbox({
    port: 0,
    databaseUrl: await copyTemplateDatabase(),
    database: "ready",
  });
});
afterAll(async () => {
  await sandbox.stop();
});

const SAM = DEMO_PEOPLE.trainee.id;

describe("the application's PDF in the sandbox", () => {
  it("shows in the subcommittee's channel as a download", async () => {
    const { driver, emulator } = sandbox;
    await driver.slashCommand({ userId: SAM, text: "apply" });
    const answer = await emulator.waitUntil(() => emulator.ephemeralsFor(SAM).at(-1));
    await driver.clickButton({
      userId: SAM,
      actionId: APPLICATION_IDS.openForm,
      container: { channelId: answer.channel, messageTs: answer.ts, ephemeral: true },
    });
    await emulator.waitUntil(() =>
      emulator.openViews(SAM).find((view) => view.callback_id === APPLICATION_IDS.formView),
    );
    const sent = await driver.submitView({
      userId: SAM,
      values: {
        statement: "I have co-led a weekly group with Dr Ahmed for two years.",
        acknowledge: [ACKNOWLEDGE_VALUE],
      },
    });
    expect(sent.viewEffect).toEqual({ kind: "closed" });
    const file = await emulator.waitUntil(
      () => emulator.files.find((f) => f.name.startsWith("balint-application-")),
      15_000,
    );

    const page = await fetch(
      `${sandbox.url}/?as=${DEMO_PEOPLE.member.id}&view=${DEMO_CHANNELS.subcommittee.id}`,
    );
    const html = await page.text();
    expect(html).toContain(`href="/sandbox/files/${file.id}" download="${file.name}"`);
    const download = await fetch(`${sandbox.url}/sandbox/files/${file.id}`);
    expect(download.headers.get("content-type")).toBe("application/pdf");
    expect(download.headers.get("content-disposition")).toContain("attachment");
    const text = await pdfWords(Buffer.from(await download.arrayBuffer()));
    expect(text).toContain("Applicant: Sam Patel");
  });
});
