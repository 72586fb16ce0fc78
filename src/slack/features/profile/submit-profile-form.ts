import { todayFor } from "../../../services/inputs.ts";
import { setUpProfile } from "../../../services/progress/set-up-profile.ts";
import { type BotDeps, serviceContext } from "../../deps.ts";
import { modalErrorsFor } from "../../forms/modal-errors.ts";
import { parseModal } from "../../forms/modal-state.ts";
import { interactionActor, type ViewSubmissionArgs } from "../../interaction.ts";
import { PROFILE_FIELDS, profileFormSchema } from "./profile-form-schema.ts";

/** The profile is saved; the trainee is told privately which criteria now apply. */
export function submitProfileForm(deps: BotDeps) {
  return async ({ ack, body, view }: ViewSubmissionArgs): Promise<void> => {
    const ctx = serviceContext(deps);
    const schema = profileFormSchema(todayFor(ctx));
    const parsed = parseModal(schema, view.state.values);
    if (!parsed.ok) {
      await ack({ response_action: "errors", errors: parsed.errors });
      return;
    }
    const actor = interactionActor(deps, body);
    try {
      await setUpProfile(ctx, actor, parsed.data);
    } catch (error) {
      const errors = modalErrorsFor(
        error,
        PROFILE_FIELDS,
        "professionalTraining",
        deps.config.SLASH_COMMAND,
      );
      if (!errors) throw error;
      await ack({ response_action: "errors", errors });
      return;
    }
    await ack();
  };
}
