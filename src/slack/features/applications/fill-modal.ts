import type { ModalView } from "@slack/types";
import type { WebClient } from "@slack/web-api";
import { AppError } from "../../../domain/app-error.ts";
import { loadingModal, noticeModal } from "./views/modals.ts";

/**
 * Opens a loading modal at once (the trigger expires in 3 s), then fills it with `build`'s view.
 * A refusal (AppError) is shown in the modal; anything else goes to the global error handler.
 */
export async function openAndFill(
  client: WebClient,
  triggerId: string,
  title: string,
  build: () => Promise<ModalView>,
): Promise<void> {
  const opened = await client.views.open({ trigger_id: triggerId, view: loadingModal(title) });
  const viewId = opened.view?.id;
  if (!viewId) throw new Error("views.open returned no view id");
  let view: ModalView;
  try {
    view = await build();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    view = noticeModal(title, error.userMessage);
  }
  await client.views.update({ view_id: viewId, view });
}
