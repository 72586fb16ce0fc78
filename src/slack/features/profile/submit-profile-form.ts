import { todayFor } from "../../../services/inputs.ts";
import { setUpProfile } from "../../../services/progress/set-up-profile.ts";
import type { BotDeps } from "../../deps.ts";
import { parseModal } from "../../forms/modal-state.ts";
import { submitModal } from "../../forms/submit-modal.ts";
import { PROFILE_FIELDS, profileFormSchema } from "./profile-form-schema.ts";

/** The profile is saved; the trainee is told privately which criteria now apply. */
export function submitProfileForm(deps: BotDeps) {
  return submitModal(deps, {
    form: (values, { ctx }) => parseModal(profileFormSchema(todayFor(ctx)), values),
    run: ({ ctx, actor, form }) => setUpProfile(ctx, actor, form),
    refusal: { fields: PROFILE_FIELDS, fallback: "professionalTraining" },
  });
}
