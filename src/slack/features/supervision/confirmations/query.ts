import type { App } from "@slack/bolt";
import { z } from "zod";
import { AppError } from "../../../../domain/app-error.ts";
import { checkEntryDecider } from "../../../../services/confirmations/check-entry-decider.ts";
import { decideEntry } from "../../../../services/confirmations/decide-entry.ts";
import { type BotDeps, serviceContext } from "../../../deps.ts";
import { idValue, readButtonValue } from "../../../forms/button-value.ts";
import { parseModal } from "../../../forms/modal-state.ts";
import { openModalThenFill } from "../../../forms/open-modal.ts";
import { decodeMetadata } from "../../../forms/private-metadata.ts";
import {
  type ButtonClickArgs,
  interactionActor,
  type ViewSubmissionArgs,
} from "../../../interaction.ts";
import { noticeModal } from "../../../views/notice-modal.ts";
import { SUPERVISION_IDS } from "../ids.ts";
import { entryOutcome } from "../views/confirmations/confirmation-message.ts";
import {
  QUERY_TITLE,
  queryMetadata,
  queryModal,
  REASON_BLOCK,
} from "../views/confirmations/query-modal.ts";
import { entrySummary } from "../views/entry-text.ts";

const REASON_MESSAGE =
  "Say in 3 to 500 characters what needs checking, so the trainee can correct it.";
const queryForm = z.object({
  [REASON_BLOCK]: z
    .string({ error: REASON_MESSAGE })
    .trim()
    .min(3, REASON_MESSAGE)
    .max(500, REASON_MESSAGE),
});

/** Query: the form opens at once; then it shows the entry, or why this person can't query it. */
async function openQuery(deps: BotDeps, { ack, body, client, action }: ButtonClickArgs) {
  await ack();
  const { id } = readButtonValue(idValue, action.value);
  await openModalThenFill(
    client,
    body.trigger_id,
    QUERY_TITLE,
    deps.config.SLASH_COMMAND,
    async () => {
      const entry = await checkEntryDecider(serviceContext(deps), interactionActor(deps, body), {
        entryId: id,
      });
      if (entry.state === "claimed") return queryModal(entry);
      const outcome = entryOutcome(entry, deps.config.TIMEZONE);
      return noticeModal(QUERY_TITLE, `*${entrySummary(entry)}*\nAlready answered: ${outcome}`);
    },
  );
}

/** The reason is sent: the entry is queried once, and the trainee is told. */
async function submitQuery(deps: BotDeps, { ack, body, view }: ViewSubmissionArgs) {
  const form = parseModal(queryForm, view.state.values);
  if (!form.ok) {
    await ack({ response_action: "errors", errors: form.errors });
    return;
  }
  const { entryId } = decodeMetadata(queryMetadata, view.private_metadata);
  const actor = interactionActor(deps, body);
  try {
    await decideEntry(serviceContext(deps), actor, {
      entryId,
      decision: "query",
      reason: form.data[REASON_BLOCK],
    });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    await ack({ response_action: "errors", errors: { [REASON_BLOCK]: error.userMessage } });
    return;
  }
  await ack();
}

export function registerQuery(app: App, deps: BotDeps): void {
  app.action(SUPERVISION_IDS.queryEntry, (args: ButtonClickArgs) => openQuery(deps, args));
  app.view(SUPERVISION_IDS.queryModal, (args: ViewSubmissionArgs) => submitQuery(deps, args));
}
