import { describe, expect, it } from "vitest";
import { directoryOf } from "../../../src/dev/sandbox/render/directory.ts";
import {
  renderConversation,
  renderHome,
  renderSidebar,
  renderTitle,
} from "../../../src/dev/sandbox/render/layout.ts";
import { formatTs, renderFeedItem } from "../../../src/dev/sandbox/render/message.ts";
import { renderPage } from "../../../src/dev/sandbox/render/page.ts";
import { compareTs } from "../../../src/dev/sandbox/slack-side/feed.ts";

const directory = directoryOf([{ id: "U0LEADER1", name: "Dr Amira Ahmed" }]);
const TZ = "Europe/London";

describe("the page's parts", () => {
  it("renders a bot message with its blocks, as a click container", () => {
    const html = renderFeedItem(
      {
        kind: "message",
        channel: "D0LEADER1",
        ts: "1795687200.000100",
        text: "fallback",
        blocks: [{ type: "section", text: { type: "mrkdwn", text: "*Hello*" } }],
        author: "Balint Pathway",
      },
      directory,
      TZ,
    );
    expect(html).toContain(
      '<article class="message" data-channel="D0LEADER1" data-ts="1795687200.000100" data-ephemeral="false">',
    );
    expect(html).toContain("<strong>Hello</strong>");
    expect(html).not.toContain("fallback");
  });

  it("marks private replies and falls back to the text when there are no blocks", () => {
    const html = renderFeedItem(
      {
        kind: "ephemeral",
        channel: "D1",
        ts: "1795687200.000100",
        text: "_Logged_",
        blocks: [],
        author: "Balint Pathway",
      },
      directory,
      TZ,
    );
    expect(html).toContain('class="message ephemeral"');
    expect(html).toContain('data-ephemeral="true"');
    expect(html).toContain("Only visible to you");
    expect(html).toContain("<em>Logged</em>");
  });

  it("shows a typed command, escaped", () => {
    const html = renderFeedItem(
      {
        kind: "command",
        channel: "D1",
        ts: "1795687200.000100",
        text: "/balint log <x>",
        blocks: [],
        author: "Sam Patel",
      },
      directory,
      TZ,
    );
    expect(html).toContain("Sam Patel used <code>/balint log &lt;x&gt;</code>");
  });

  it("formats times in the society's time zone", () => {
    expect(formatTs("1795687200.000100", TZ)).toBe("Thu 26 Nov, 10:00");
  });

  it("orders Slack timestamps by seconds then microseconds", () => {
    expect(compareTs("1795687200.000900", "1795687200.001000")).toBeLessThan(0);
    expect(compareTs("1795687201.000000", "1795687200.999999")).toBeGreaterThan(0);
  });

  it("lists the app and the person's channels in the sidebar, with unread data", () => {
    const html = renderSidebar({
      workspace: "Balint Society UK",
      app: { view: "messages", label: "Balint Pathway", isPrivate: false, latest: "1.000100" },
      channels: [
        { view: "C0SUBCOMM", label: "leadership-subcommittee", isPrivate: true, latest: "" },
      ],
      current: "home",
    });
    expect(html).toContain('class="side-item active" data-view="messages" data-latest="1.000100"');
    expect(html).toContain('aria-label="private"');
  });

  it("gives the app Home and Messages tabs", () => {
    const html = renderTitle({ label: "Balint Pathway", view: "home", isApp: true });
    expect(html).toContain('class="tab active" data-view="home">Home</button>');
    expect(html).toContain('class="tab" data-view="messages">Messages</button>');
  });

  it("says what to do in an empty conversation and while the Home opens", () => {
    expect(renderConversation([], directory, TZ)).toContain("/balint help");
    expect(renderHome(undefined, directory)).toContain("Opening the Home tab");
    expect(renderHome({ id: "V9", blocks: [{ type: "divider" }] }, directory)).toBe(
      '<div class="home-view" data-view-id="V9"><hr class="bk-divider"></div>',
    );
  });

  it("builds the whole page with the chosen person selected and the boot data escaped", () => {
    const html = renderPage({
      state: {
        userId: "U0LEADER1",
        view: "messages",
        today: "Thursday 26 November 2026",
        daysAhead: "",
        sidebar: "",
        title: "",
        main: "",
        composer: true,
      },
      people: [
        { id: "U0LEADER1", name: "amira.ahmed", realName: "Dr Amira Ahmed", role: "leader" },
        { id: "U0TRAINEE", name: "sam.patel", realName: "Sam </script>", role: "trainee" },
      ],
      command: "/balint",
    });
    expect(html).toContain('<option value="U0LEADER1" selected>Dr Amira Ahmed (leader)</option>');
    expect(html).toContain("Sam &lt;/script&gt;");
    expect(html).toContain('{"userId":"U0LEADER1","view":"messages","command":"/balint"}');
    expect(html).toContain("Run the weekly digest now");
  });
});
