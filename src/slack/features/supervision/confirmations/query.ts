import type { App } from "@slack/bolt";
import { z } from "zod";
import { AppError } from "../../../../domain/app-error.ts";
import { checkEntryDecider } from "../../../../services/confirmations/check-entry-decider.ts";
import { decideEntry } from "../../../../services/confirmations/decide-entry.ts";
import { type BotDeps, serviceContext } from "../../../deps.ts";
import { idValue, readButtonValue } from "../../../forms/button-value.ts";
import { openModalThenFill } from "../../../forms/open-modal.ts";
import { submitModal } from "../../../forms/submit-modal.ts";
import { type ButtonClickArgs, interactionActor } from "../../../interaction.ts";
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

/** The form showed a version of the session the trainee has corrected since: nothing is sent. */
function correctedSinceOpened(): AppError {
  return new AppError(
    "CONFLICT",
    "The trainee corrected this session after this form was opened, so your query was not sent. Close the form and open the session again to see it as it stands now.",
  );
}

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
function submitQuery(deps: BotDeps) {
  return submitModal(deps, {
    metadata: queryMetadata,
    form: queryForm,
    run: async ({ ctx, actor, form, metadata }) => {
      if (metadata.version === undefined) throw correctedSinceOpened();
      const result = await decideEntry(ctx, actor, {
        entryId: metadata.entryId,
        version: metadata.version,
        decision: "query",
        reason: form[REASON_BLOCK],
      });
      if (result.corrected) throw correctedSinceOpened();
      return result;
    },
    refusal: (error) => ({ [REASON_BLOCK]: error.userMessage }),
  });
}

export function registerQuery(app: App, deps: BotDeps): void {
  app.action(SUPERVISION_IDS.queryEntry, (args: ButtonClickArgs) => openQuery(deps, args));
  app.view(SUPERVISION_IDS.queryModal, submitQuery(deps));
}
