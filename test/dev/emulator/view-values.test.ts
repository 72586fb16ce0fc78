import { describe, expect, it } from "vitest";
import { buildViewStateValues, type SlackBlock } from "../../../src/dev/emulator/index.ts";

const option = (value: string, text = value) => ({
  text: { type: "plain_text", text, emoji: true },
  value,
});

const input = (blockId: string, element: Record<string, unknown>): SlackBlock => ({
  type: "input",
  block_id: blockId,
  label: { type: "plain_text", text: blockId },
  element: { action_id: `${blockId}_action`, ...element },
});

const view = {
  blocks: [
    { type: "section", block_id: "intro", text: { type: "mrkdwn", text: "Hello" } },
    input("name", { type: "plain_text_input", initial_value: "Dr Who" }),
    input("notes", { type: "plain_text_input", multiline: true }),
    input("role", { type: "static_select", options: [option("leader"), option("trainee")] }),
    input("grouped", {
      type: "static_select",
      option_groups: [{ label: { type: "plain_text", text: "G" }, options: [option("g1")] }],
    }),
    input("areas", { type: "checkboxes", options: [option("a"), option("b"), option("c")] }),
    input("supervisor", { type: "users_select" }),
    input("started", { type: "datepicker", initial_date: "2025-01-01" }),
    input("hours", { type: "number_input", is_decimal_allowed: false }),
    {
      type: "actions",
      block_id: "tools",
      elements: [
        { type: "button", action_id: "help", text: { type: "plain_text", text: "Help" } },
        { type: "radio_buttons", action_id: "mode", options: [option("quick"), option("full")] },
      ],
    },
  ],
};

describe("buildViewStateValues", () => {
  it("shapes every input block by its element type, keyed by block and action id", () => {
    const values = buildViewStateValues(view, {
      notes: "Line one",
      role: "trainee",
      grouped: "g1",
      areas: ["a", "c"],
      supervisor: "U0SUPER",
      started: "2025-11-26",
      hours: 12,
    });
    expect(values).toEqual({
      name: { name_action: { type: "plain_text_input", value: "Dr Who" } },
      notes: { notes_action: { type: "plain_text_input", value: "Line one" } },
      role: { role_action: { type: "static_select", selected_option: option("trainee") } },
      grouped: { grouped_action: { type: "static_select", selected_option: option("g1") } },
      areas: { areas_action: { type: "checkboxes", selected_options: [option("a"), option("c")] } },
      supervisor: { supervisor_action: { type: "users_select", selected_user: "U0SUPER" } },
      started: { started_action: { type: "datepicker", selected_date: "2025-11-26" } },
      hours: { hours_action: { type: "number_input", value: "12" } },
    });
  });

  it("sends unset inputs as Slack does: initial values, else null or []", () => {
    const values = buildViewStateValues(view);
    expect(values.name?.name_action?.value).toBe("Dr Who");
    expect(values.notes?.notes_action?.value).toBeNull();
    expect(values.role?.role_action?.selected_option).toBeNull();
    expect(values.areas?.areas_action?.selected_options).toEqual([]);
    expect(values.started?.started_action?.selected_date).toBe("2025-01-01");
    expect(values.tools).toBeUndefined();
  });

  it("lets a value be cleared with null and a non-input element be set by block.action", () => {
    const values = buildViewStateValues(view, { name: null, "tools.mode": "full" });
    expect(values.name?.name_action?.value).toBeNull();
    expect(values.tools).toEqual({
      mode: { type: "radio_buttons", selected_option: option("full") },
    });
  });

  it("passes a fully written state value through unchanged", () => {
    const explicit = { type: "plain_text_input", value: "as typed" };
    expect(buildViewStateValues(view, { notes: explicit }).notes?.notes_action).toBe(explicit);
  });

  it("refuses keys and options that are not in the view", () => {
    expect(() => buildViewStateValues(view, { nmae: "typo" })).toThrow(/no element for nmae/);
    expect(() => buildViewStateValues(view, { role: "admin" })).toThrow(
      /"admin" is not an option of role/,
    );
  });
});
