import { submitLeadershipRequest } from "../../../../services/leadership-requests/submit-leadership-request.ts";
import type { BotDeps } from "../../../deps.ts";
import { submitModal } from "../../../forms/submit-modal.ts";
import { INTEREST_FIELDS, interestFormSchema } from "./interest-form-schema.ts";

/**
 * The interest form is sent: stored, then the post to the leadership team (with a reply
 * button) and the enquirer's notice follow from the outbox. Bad answers come back beside
 * their fields.
 */
export function submitInterestForm(deps: BotDeps) {
  return submitModal(deps, {
    form: interestFormSchema,
    run: ({ ctx, actor, form }) =>
      submitLeadershipRequest(ctx, actor, { kind: "interest_form", answers: form }),
    refusal: { fields: INTEREST_FIELDS, fallback: "hopes" },
  });
}
