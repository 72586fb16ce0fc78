import type { SubcommandHandler } from "../../../commands/types.ts";
import { interestFormView } from "../views/interest-form.ts";

/** `/balint interest`: the leadership interest form, opened at once. */
export const openInterestForm: SubcommandHandler = async ({ slack }) => {
  await slack.ack();
  await slack.client.views.open({
    trigger_id: slack.command.trigger_id,
    view: interestFormView(),
  });
};
