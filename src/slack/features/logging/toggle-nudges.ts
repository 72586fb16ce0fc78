import { z } from "zod";
import { setNudges } from "../../../services/progress/set-nudges.ts";
import { type BotDeps, serviceContext } from "../../deps.ts";
import { readButtonValue } from "../../forms/button-value.ts";
import { type ButtonClickArgs, interactionActor } from "../../interaction.ts";
import { nudgesChangedText } from "./views/settings-view.ts";

/** The toggle's value: whether the reminders should be on after the click. */
export const nudgesToggleValue = z.object({ on: z.boolean() });

/**
 * The reminders toggle, from the App Home's settings or the reminder DM itself. The Home is
 * redrawn; a click in a message also gets a private answer.
 */
export function toggleNudges(deps: BotDeps) {
  return async ({ ack, body, action, respond }: ButtonClickArgs): Promise<void> => {
    const { on } = readButtonValue(nudgesToggleValue, action.value);
    const actor = interactionActor(deps, body);
    await setNudges(serviceContext(deps), actor, { optedOut: !on });
    await ack();
    if (!body.view) {
      await respond({
        response_type: "ephemeral",
        replace_original: false,
        text: nudgesChangedText(on),
      });
    }
  };
}
