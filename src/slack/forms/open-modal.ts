import type { ModalView } from "@slack/types";
import type { WebClient } from "@slack/web-api";
import { AppError } from "../../domain/app-error.ts";
import { userMessage } from "../user-message.ts";
import { loadingModal, noticeModal } from "../views/notice-modal.ts";

/** In place of "One moment…" when the work failed for a reason that is not the person's. */
export const MODAL_WORK_FAILED =
  "Sorry, something went wrong on our side and this could not be finished. Please try again in a moment, and tell an admin if it happens again.";

/**
 * Opens a modal at once (the trigger lasts 3 s), then loads what it needs and fills it in
 * (`fillModal`).
 */
export async function openModalThenFill(
  client: WebClient,
  triggerId: string,
  title: string,
  command: string,
  build: () => Promise<ModalView>,
): Promise<void> {
  const opened = await client.views.open({ trigger_id: triggerId, view: loadingModal(title) });
  const viewId = opened.view?.id;
  if (!viewId) throw new Error("views.open returned no view id");
  await fillModal(client, viewId, title, command, build);
}

/**
 * Replaces "One moment…" in an open modal with what `build` makes. A user error (not allowed,
 * not found…) shows its message instead, and nothing changes; anything else shows an apology,
 * then goes to the global error handler.
 */
export async function fillModal(
  client: WebClient,
  viewId: string,
  title: string,
  command: string,
  build: () => Promise<ModalView>,
): Promise<void> {
  let view: ModalView;
  try {
    view = await build();
  } catch (error) {
    if (!(error instanceof AppError)) {
      await client.views
        .update({ view_id: viewId, view: noticeModal(title, MODAL_WORK_FAILED) })
        .catch(() => undefined);
      throw error;
    }
    view = noticeModal(title, userMessage(error, command));
  }
  await client.views.update({ view_id: viewId, view });
}
