import { describe, expect, it } from "vitest";
import { renderBlocks } from "../../../src/dev/sandbox/render/blocks.ts";
import { directoryOf } from "../../../src/dev/sandbox/render/directory.ts";

const directory = directoryOf([{ id: "U0TRAINEE", name: "Sam Patel" }]);
const render = (blocks: unknown[]) => renderBlocks(blocks, directory);

describe("Block Kit to HTML", () => {
  it("renders a header as escaped plain text", () => {
    expect(render([{ type: "header", text: { type: "plain_text", text: "Progress <1>" } }])).toBe(
      '<h3 class="bk-header">Progress &lt;1&gt;</h3>',
    );
  });

  it("renders a section's text, its fields and a button accessory", () => {
    const html = render([
      {
        type: "section",
        block_id: "entry-7",
        text: { type: "mrkdwn", text: "<@U0TRAINEE> says they co-led *2* sessions" },
        fields: [
          { type: "mrkdwn", text: "*Date*\n20 Nov 2026" },
          { type: "plain_text", text: "Count: 2" },
        ],
        accessory: {
          type: "button",
          action_id: "entry_confirm",
          value: "7",
          style: "primary",
          text: { type: "plain_text", text: "Confirm" },
        },
      },
    ]);
    expect(html).toContain("@Sam Patel</span> says they co-led <strong>2</strong> sessions");
    expect(html).toContain(
      '<div class="bk-fields"><div class="bk-field"><strong>Date</strong><br>20 Nov 2026</div><div class="bk-field">Count: 2</div></div>',
    );
    expect(html).toContain(
      '<button type="button" class="bk-button bk-primary" data-action-id="entry_confirm" data-block-id="entry-7">Confirm</button>',
    );
  });

  it("renders context, divider and an actions block of buttons", () => {
    const html = render([
      { type: "context", elements: [{ type: "mrkdwn", text: "_only you_" }] },
      { type: "divider" },
      {
        type: "actions",
        block_id: "decide",
        elements: [
          { type: "button", action_id: "a1", text: { type: "plain_text", text: "Query" } },
          {
            type: "button",
            action_id: "a2",
            style: "danger",
            text: { type: "plain_text", text: "Withdraw" },
          },
        ],
      },
    ]);
    expect(html).toContain(
      '<div class="bk-context"><span class="bk-context-text"><em>only you</em></span></div>',
    );
    expect(html).toContain('<hr class="bk-divider">');
    expect(html).toContain('data-action-id="a1" data-block-id="decide">Query</button>');
    expect(html).toContain('class="bk-button bk-danger" data-action-id="a2"');
  });

  it("carries a button's confirm dialog in a template", () => {
    const html = render([
      {
        type: "actions",
        block_id: "b",
        elements: [
          {
            type: "button",
            action_id: "withdraw",
            style: "danger",
            text: { type: "plain_text", text: "Withdraw" },
            confirm: {
              title: { type: "plain_text", text: "Withdraw this entry?" },
              text: { type: "mrkdwn", text: "It will no longer *count*." },
              confirm: { type: "plain_text", text: "Withdraw" },
              deny: { type: "plain_text", text: "Keep it" },
              style: "danger",
            },
          },
        ],
      },
    ]);
    expect(html).toContain(
      'data-block-id="b" data-has-confirm>Withdraw</button><template class="bk-confirm">',
    );
    expect(html).toContain('<h2 class="confirm-title">Withdraw this entry?</h2>');
    expect(html).toContain(
      '<div class="confirm-text">It will no longer <strong>count</strong>.</div>',
    );
    expect(html).toContain(
      '<button type="button" class="bk-button" data-confirm-deny>Keep it</button>',
    );
    expect(html).toContain('class="bk-button bk-danger" data-confirm-ok>Withdraw</button>');
  });

  it("shows images as links, and never links an unsafe URL", () => {
    expect(
      render([
        { type: "image", image_url: "https://example.org/chart.png", alt_text: "Progress chart" },
      ]),
    ).toBe(
      '<div class="bk-image-block"><a class="bk-image" href="https://example.org/chart.png" target="_blank" rel="noopener noreferrer">Image: Progress chart</a></div>',
    );
    expect(
      render([{ type: "image", image_url: "javascript:alert(1)", alt_text: "x" }]),
    ).not.toContain("href");
  });

  it("renders link buttons as links", () => {
    const html = render([
      {
        type: "actions",
        elements: [
          {
            type: "button",
            url: "https://balint.co.uk",
            text: { type: "plain_text", text: "Society" },
          },
        ],
      },
    ]);
    expect(html).toContain('<a class="bk-button" href="https://balint.co.uk"');
  });

  it("shows a visible placeholder for unknown blocks and elements", () => {
    const html = render([
      { type: "rich_text_fancy" },
      { type: "actions", elements: [{ type: "overflow", action_id: "o" }] },
      {
        type: "input",
        element: { type: "plain_text_input" },
        label: { type: "plain_text", text: "x" },
      },
      "not a block",
    ]);
    expect(html).toContain("Unsupported block: <code>rich_text_fancy</code>");
    expect(html).toContain("Unsupported element: <code>overflow</code>");
    expect(html).toContain("Unsupported block: <code>input outside a modal</code>");
    expect(html).toContain("Unsupported block: <code>unknown</code>");
  });

  it("escapes attribute values", () => {
    const html = render([
      {
        type: "actions",
        block_id: '"><script>',
        elements: [{ type: "button", action_id: "x", text: { type: "plain_text", text: "Go" } }],
      },
    ]);
    expect(html).toContain('data-block-id="&quot;&gt;&lt;script&gt;"');
  });
});
