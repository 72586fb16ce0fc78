import type { WebClient } from "@slack/web-api";
import { SOCIETIES } from "../../../domain/societies.ts";
import type { Actor } from "../../../services/context.ts";
import { getProgress } from "../../../services/progress/get-progress.ts";
import type { SubcommandHandler } from "../../commands/types.ts";
import { type BotDeps, serviceContext } from "../../deps.ts";
import { type ButtonClickArgs, interactionActor } from "../../interaction.ts";
import { profileFormView, profileLoadingView } from "./views/profile-form.ts";

/**
 * Opens the profile modal at once (pushed when asked from inside another modal), then fills
 * it in from the saved profile: the trigger expires too soon to read the database first.
 */
async function openProfileForm(
  deps: BotDeps,
  client: WebClient,
  request: { actor: Actor; triggerId: string; fromModal: boolean },
): Promise<void> {
  const shown = { trigger_id: request.triggerId, view: profileLoadingView() };
  const opened = request.fromModal
    ? await client.views.push(shown)
    : await client.views.open(shown);
  const { profile, ruleset, basis } = await getProgress(serviceContext(deps), request.actor);
  if (!opened.view?.id) throw new Error("views.open returned no view id");
  await client.views.update({
    view_id: opened.view.id,
    ...(opened.view.hash ? { hash: opened.view.hash } : {}),
    view: profileFormView(profile, ruleset, basis, SOCIETIES[deps.config.SOCIETY]),
  });
}

/** `/balint profile`. */
export const profileCommand: SubcommandHandler = async ({ deps, slack, actor }) => {
  await slack.ack();
  await openProfileForm(deps, slack.client, {
    actor,
    triggerId: slack.command.trigger_id,
    fromModal: false,
  });
};

/** The shared "Complete your profile" button, wherever another feature shows it. */
export function profileButton(deps: BotDeps) {
  return async ({ ack, body, client }: ButtonClickArgs): Promise<void> => {
    await ack();
    await openProfileForm(deps, client, {
      actor: interactionActor(deps, body),
      triggerId: body.trigger_id,
      fromModal: body.view?.type === "modal",
    });
  };
}
