export type FormValues = Record<string, string | string[] | null>;

/** A modal's inputs in the shape the driver takes: by block_id, text or lists; empty is null. */
export function collectValues(form: HTMLElement): FormValues {
  const values: FormValues = {};
  for (const field of Array.from(form.querySelectorAll<HTMLElement>(".bk-input[data-block-id]"))) {
    const blockId = field.dataset.blockId ?? "";
    const value = fieldValue(field);
    if (value !== undefined) values[blockId] = value;
  }
  return values;
}

function fieldValue(field: HTMLElement): string | string[] | null | undefined {
  switch (field.dataset.element) {
    case "checkboxes":
      return checkedValues(field);
    case "radio_buttons":
      return checkedValues(field)[0] ?? null;
    case "multi_static_select":
    case "multi_users_select": {
      const select = field.querySelector("select");
      return select ? Array.from(select.selectedOptions).map((option) => option.value) : [];
    }
    case "plain_text_input":
    case "email_text_input":
    case "url_text_input":
    case "number_input":
    case "datepicker":
    case "timepicker":
    case "static_select":
    case "users_select": {
      const control = field.querySelector<
        HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement
      >("input, textarea, select");
      return control && control.value !== "" ? control.value : null;
    }
    default:
      return undefined;
  }
}

function checkedValues(field: HTMLElement): string[] {
  return Array.from(field.querySelectorAll<HTMLInputElement>("input:checked")).map(
    (input) => input.value,
  );
}

/** Shows the bot's errors under their inputs; returns the block ids it could not place. */
export function showErrors(form: HTMLElement, errors: Record<string, string>): string[] {
  for (const field of Array.from(form.querySelectorAll<HTMLElement>(".bk-input"))) {
    field.classList.remove("has-error");
  }
  for (const box of Array.from(form.querySelectorAll<HTMLElement>(".bk-error"))) {
    box.hidden = true;
    box.textContent = "";
  }
  const unplaced: string[] = [];
  for (const [blockId, message] of Object.entries(errors)) {
    const box = form.querySelector<HTMLElement>(`[data-error-for="${CSS.escape(blockId)}"]`);
    if (!box) {
      unplaced.push(blockId);
      continue;
    }
    box.textContent = message;
    box.hidden = false;
    box.parentElement?.classList.add("has-error");
  }
  return unplaced;
}
