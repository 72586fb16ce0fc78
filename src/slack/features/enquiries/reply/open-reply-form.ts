import { AppError } from "../../../../domain/app-error.ts";
import type { LeadershipRequestKind } from "../../../../domain/leadership-request.ts";
import { findRequestAtPost } from "../../../../services/leadership-requests/find-request-at-post.ts";
import { type BotDeps, serviceContext } from "../../../deps.ts";
import { idValue, readButtonValue } from "../../../forms/button-value.ts";
import { type ButtonClickArgs, interactionActor } from "../../../interaction.ts";
import { requireLeadershipTeam } from "../leadership-team.ts";
import { replyFormView } from "../views/reply-form.ts";

const OUT_OF_DATE = "That post no longer carries a request to answer.";

/**
 * A reply button in the leadership channel: the reply modal, for the leadership team only. The
 * request is the one whose post carries the button (from Slack's signed envelope); the button
 * must agree with it: by id, or by kind on a post drawn before the ids changed (`oldKind`).
 */
export function openReplyForm(deps: BotDeps, oldKind?: LeadershipRequestKind) {
  return async ({ ack, body, action, client }: ButtonClickArgs): Promise<void> => {
    await ack();
    const { id } = readButtonValue(idValue, action.value);
    await requireLeadershipTeam(deps, client, interactionActor(deps, body));
    if (body.container.type !== "message" || !body.channel?.id) {
      throw new AppError("INVALID_INPUT", OUT_OF_DATE, { reason: "not on a message" });
    }
    const request = await findRequestAtPost(serviceContext(deps), {
      channel: body.channel.id,
      ts: body.container.message_ts,
    });
    const agrees = oldKind ? oldKind === request.kind : id === request.id;
    if (!agrees) throw new AppError("NOT_FOUND", OUT_OF_DATE, { requestId: request.id });
    await client.views.open({ trigger_id: body.trigger_id, view: replyFormView(request) });
  };
}
