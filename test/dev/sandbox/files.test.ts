import { describe, expect, it } from "vitest";
import { directoryOf } from "../../../src/dev/sandbox/render/directory.ts";
import { renderFeedItem } from "../../../src/dev/sandbox/render/message.ts";

describe("files in the sandbox feed", () => {
  it("offers each shared file as a download link, escaped", () => {
    const html = renderFeedItem(
      {
        kind: "message",
        channel: "D0TRAINEE",
        ts: "1795687200.000100",
        text: "Everything the bot holds about you",
        blocks: [],
        author: "Balint Pathway",
        files: [
          {
            id: "F0000000001",
            name: "balint-portfolio.pdf",
            title: "Your <portfolio>",
            size: 4096,
          },
          { id: "F0000000002", name: "balint-entries.csv", title: "Your entries (CSV)", size: 10 },
        ],
      },
      directoryOf([]),
      "Europe/London",
    );
    expect(html).toContain("Everything the bot holds about you");
    expect(html).toContain(
      '<a class="file-download" href="/sandbox/files/F0000000001" download="balint-portfolio.pdf">Your &lt;portfolio&gt;</a>',
    );
    expect(html).toContain("balint-entries.csv, 1 KB");
  });
});
