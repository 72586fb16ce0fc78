import type { BotDeps } from "../../../deps.ts";
import { idValue, readButtonValue } from "../../../forms/button-value.ts";
import { type ButtonClickArgs, interactionActor } from "../../../interaction.ts";
import { requireLeadershipTeam } from "../leadership-team.ts";
import { type ReplySubject, replyFormView } from "../views/reply-form.ts";

/** A reply button in the leadership channel: the reply modal, for the leadership team only. */
export function openReplyForm(deps: BotDeps, subject: ReplySubject) {
  return async ({ ack, body, action, client }: ButtonClickArgs): Promise<void> => {
    await ack();
    const { id } = readButtonValue(idValue, action.value);
    await requireLeadershipTeam(deps, client, interactionActor(deps, body));
    await client.views.open({ trigger_id: body.trigger_id, view: replyFormView({ subject, id }) });
  };
}
