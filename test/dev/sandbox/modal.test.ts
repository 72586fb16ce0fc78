import { describe, expect, it } from "vitest";
import { directoryOf } from "../../../src/dev/sandbox/render/directory.ts";
import { renderModal } from "../../../src/dev/sandbox/render/modal.ts";

const directory = directoryOf([
  { id: "U0LEADER1", name: "Dr Amira Ahmed" },
  { id: "U0TRAINEE", name: "Sam Patel" },
]);
const option = (value: string, text: string) => ({ text: { type: "plain_text", text }, value });
const input = (
  blockId: string,
  element: Record<string, unknown>,
  extra: Record<string, unknown> = {},
) => ({
  type: "input",
  block_id: blockId,
  label: { type: "plain_text", text: `Label ${blockId}` },
  element: { action_id: "value", ...element },
  ...extra,
});

const view = {
  id: "V0000000001",
  title: { type: "plain_text", text: "Log a session" },
  submit: { type: "plain_text", text: "Log it" },
  close: { type: "plain_text", text: "Cancel" },
  blocks: [
    input(
      "note",
      { type: "plain_text_input", multiline: true, initial_value: "a <b>" },
      { optional: true },
    ),
    input("count", {
      type: "number_input",
      is_decimal_allowed: false,
      initial_value: "2",
      min_value: "1",
    }),
    input("date", { type: "datepicker", initial_date: "2026-11-20" }),
    input("kind", {
      type: "static_select",
      options: [option("coled", "Co-led session"), option("group", "Group session")],
      initial_option: option("coled", "Co-led session"),
    }),
    input("mode", {
      type: "radio_buttons",
      options: [option("video", "Video"), option("phone", "Telephone")],
    }),
    input("ratings", {
      type: "checkboxes",
      options: [option("C1", "C1"), option("C2", "C2")],
      initial_options: [option("C2", "C2")],
    }),
    input("who", { type: "users_select", initial_user: "U0LEADER1" }),
    input("room", { type: "conversations_select" }),
  ],
};

describe("a modal as a form", () => {
  const html = renderModal(view, directory, {
    errors: { count: "The number of sessions must be at least 1." },
  });

  it("has the view id, title, close and submit", () => {
    expect(html).toContain('<form class="modal" data-view-id="V0000000001" novalidate>');
    expect(html).toContain("<h2>Log a session</h2>");
    expect(html).toContain(
      'data-modal-close>Cancel</button><button type="submit" class="bk-button bk-primary" data-modal-submit>Log it</button>',
    );
  });

  it("renders text, number and date inputs with their initial values", () => {
    expect(html).toContain('<textarea id="f-note" name="note" rows="4">a &lt;b&gt;</textarea>');
    expect(html).toContain("(optional)");
    expect(html).toContain(
      '<input type="number" step="1" min="1" id="f-count" name="count" value="2">',
    );
    expect(html).toContain('<input type="date" id="f-date" name="date" value="2026-11-20">');
  });

  it("renders selects, radio buttons, checkboxes and user selects", () => {
    expect(html).toContain('<option value="coled" selected>Co-led session</option>');
    expect(html).toContain('<input type="radio" name="mode" value="video">');
    expect(html).toContain('<input type="checkbox" name="ratings" value="C2" checked>');
    expect(html).toContain('<input type="checkbox" name="ratings" value="C1">');
    expect(html).toContain('<option value="U0LEADER1" selected>Dr Amira Ahmed</option>');
    expect(html).toContain('<option value="U0TRAINEE">Sam Patel</option>');
  });

  it("marks each field with its block id and element type for the page's script", () => {
    expect(html).toContain(
      '<div class="bk-input" data-block-id="kind" data-element="static_select">',
    );
  });

  it("shows the bot's error under its field and keeps other error boxes hidden", () => {
    expect(html).toContain(
      '<div class="bk-input has-error" data-block-id="count" data-element="number_input">',
    );
    expect(html).toContain(
      '<div class="bk-error" data-error-for="count">The number of sessions must be at least 1.</div>',
    );
    expect(html).toContain('<div class="bk-error" data-error-for="date" hidden></div>');
  });

  it("shows a placeholder for an input it cannot offer", () => {
    expect(html).toContain("Unsupported input: <code>conversations_select</code>");
  });

  it("says Back in a pushed modal without its own close text", () => {
    const pushed = renderModal({ id: "V2", blocks: [] }, directory, { stacked: true });
    expect(pushed).toContain("data-modal-close>Back</button>");
    expect(pushed).not.toContain("data-modal-submit");
  });
});
