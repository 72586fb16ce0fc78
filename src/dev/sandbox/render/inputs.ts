import type { Directory } from "./directory.ts";
import { placeholder } from "./elements.ts";
import { escapeHtml } from "./escape.ts";
import { asList, asObject, asString, type Json, rawText, textHtml, typeOf } from "./read.ts";

/** An input block as a form field: label, control, hint and the bot's error for it. */
export function renderInputBlock(
  block: Json,
  blockId: string,
  directory: Directory,
  error: string | undefined,
): string {
  const element = asObject(block.element) ?? {};
  const type = typeOf(block.element);
  const id = `f-${blockId}`;
  const optional = block.optional === true ? ` <span class="bk-optional">(optional)</span>` : "";
  const hint = block.hint ? `<div class="bk-hint">${textHtml(block.hint, directory)}</div>` : "";
  const errorHtml = `<div class="bk-error" data-error-for="${escapeHtml(blockId)}"${error ? "" : " hidden"}>${escapeHtml(error ?? "")}</div>`;
  return [
    `<div class="bk-input${error ? " has-error" : ""}" data-block-id="${escapeHtml(blockId)}" data-element="${escapeHtml(type)}">`,
    `<label class="bk-label" for="${escapeHtml(id)}">${textHtml(block.label, directory)}${optional}</label>`,
    control(element, type, id, blockId, directory),
    hint,
    errorHtml,
    `</div>`,
  ].join("");
}

function control(
  element: Json,
  type: string,
  id: string,
  blockId: string,
  directory: Directory,
): string {
  const base = `id="${escapeHtml(id)}" name="${escapeHtml(blockId)}"`;
  const hint = placeholderAttr(element);
  switch (type) {
    case "plain_text_input": {
      const value = asString(element.initial_value) ?? "";
      const max = maxLength(element);
      return element.multiline === true
        ? `<textarea ${base} rows="4"${max}${hint}>${escapeHtml(value)}</textarea>`
        : `<input type="text" ${base} value="${escapeHtml(value)}"${max}${hint}>`;
    }
    case "email_text_input":
    case "url_text_input": {
      const inputType = type === "email_text_input" ? "email" : "url";
      return `<input type="${inputType}" ${base} value="${escapeHtml(asString(element.initial_value) ?? "")}"${hint}>`;
    }
    case "number_input": {
      const step = element.is_decimal_allowed === true ? "any" : "1";
      const bounds = ["min_value", "max_value"]
        .map((key) =>
          asString(element[key])
            ? ` ${key.slice(0, 3)}="${escapeHtml(asString(element[key]) ?? "")}"`
            : "",
        )
        .join("");
      return `<input type="number" step="${step}"${bounds} ${base} value="${escapeHtml(asString(element.initial_value) ?? "")}"${hint}>`;
    }
    case "datepicker":
      return `<input type="date" ${base} value="${escapeHtml(asString(element.initial_date) ?? "")}">`;
    case "timepicker":
      return `<input type="time" ${base} value="${escapeHtml(asString(element.initial_time) ?? "")}">`;
    case "static_select":
    case "multi_static_select":
      return select(element, base, type === "multi_static_select", staticOptions(element));
    case "users_select":
    case "multi_users_select":
      return select(element, base, type === "multi_users_select", userOptions(element, directory));
    case "radio_buttons":
    case "checkboxes":
      return choices(element, type === "checkboxes" ? "checkbox" : "radio", blockId, directory);
    default:
      return placeholder("input", type);
  }
}

interface Choice {
  value: string;
  label: string;
  selected: boolean;
}

function select(element: Json, base: string, multiple: boolean, options: Choice[]): string {
  const prompt = rawText(element.placeholder) || "Choose…";
  const empty = multiple ? "" : `<option value="">${escapeHtml(prompt)}</option>`;
  const rows = options.map(
    (option) =>
      `<option value="${escapeHtml(option.value)}"${option.selected ? " selected" : ""}>${escapeHtml(option.label)}</option>`,
  );
  return `<select ${base}${multiple ? " multiple" : ""}>${empty}${rows.join("")}</select>`;
}

function staticOptions(element: Json): Choice[] {
  const chosen = new Set(initialValues(element));
  const groups = asList(element.option_groups).flatMap((group) => asList(asObject(group)?.options));
  return [...asList(element.options), ...groups].flatMap((raw) => {
    const option = asObject(raw);
    const value = asString(option?.value);
    if (!option || value === undefined) return [];
    return [{ value, label: rawText(option.text), selected: chosen.has(value) }];
  });
}

function userOptions(element: Json, directory: Directory): Choice[] {
  const chosen = new Set([
    ...(asString(element.initial_user) ? [asString(element.initial_user) ?? ""] : []),
    ...asList(element.initial_users).flatMap((id) => (typeof id === "string" ? [id] : [])),
  ]);
  return directory
    .people()
    .map((person) => ({ value: person.id, label: person.name, selected: chosen.has(person.id) }));
}

function choices(
  element: Json,
  kind: "radio" | "checkbox",
  name: string,
  directory: Directory,
): string {
  const chosen = new Set(initialValues(element));
  const rows = asList(element.options).flatMap((raw) => {
    const option = asObject(raw);
    const value = asString(option?.value);
    if (!option || value === undefined) return [];
    const description = option.description
      ? `<span class="bk-choice-description">${textHtml(option.description, directory)}</span>`
      : "";
    return [
      `<label class="bk-choice"><input type="${kind}" name="${escapeHtml(name)}" value="${escapeHtml(value)}"${chosen.has(value) ? " checked" : ""}> <span>${textHtml(option.text, directory)}</span>${description}</label>`,
    ];
  });
  return `<div class="bk-choices">${rows.join("")}</div>`;
}

/** Values of initial_option / initial_options. */
function initialValues(element: Json): string[] {
  const one = asString(asObject(element.initial_option)?.value);
  const many = asList(element.initial_options).flatMap((option) => {
    const value = asString(asObject(option)?.value);
    return value === undefined ? [] : [value];
  });
  return [...(one === undefined ? [] : [one]), ...many];
}

function placeholderAttr(element: Json): string {
  const text = rawText(element.placeholder);
  return text ? ` placeholder="${escapeHtml(text)}"` : "";
}

function maxLength(element: Json): string {
  return typeof element.max_length === "number" ? ` maxlength="${element.max_length}"` : "";
}
