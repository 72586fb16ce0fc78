/** Shows a button's confirm dialog (from its <template>); resolves true when confirmed. */
export function confirmFirst(button: HTMLElement): Promise<boolean> {
  const template = button.nextElementSibling;
  const dialog = document.getElementById("confirm-dialog");
  if (!(template instanceof HTMLTemplateElement) || !(dialog instanceof HTMLDialogElement)) {
    return Promise.resolve(true);
  }
  dialog.replaceChildren(template.content.cloneNode(true));
  dialog.showModal();
  return new Promise((resolve) => {
    const finish = (confirmed: boolean) => {
      dialog.removeEventListener("click", onClick);
      dialog.removeEventListener("cancel", onCancel);
      dialog.close();
      resolve(confirmed);
    };
    const onClick = (event: Event) => {
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest("[data-confirm-ok]")) finish(true);
      else if (target?.closest("[data-confirm-deny]")) finish(false);
    };
    const onCancel = () => finish(false);
    dialog.addEventListener("click", onClick);
    dialog.addEventListener("cancel", onCancel);
  });
}
