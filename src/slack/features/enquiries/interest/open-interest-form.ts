import type { SubcommandHandler } from "../../../commands/types.ts";
import type { ButtonClickArgs } from "../../../interaction.ts";
import { interestFormView } from "../views/interest-form.ts";

/** `/balint interest`: the leadership interest form, opened at once. */
export const openInterestForm: SubcommandHandler = async ({ slack }) => {
  await slack.ack();
  await slack.client.views.open({
    trigger_id: slack.command.trigger_id,
    view: interestFormView(),
  });
};

/** The App Home's button: the same form. Anyone may send it, so there is nobody to check. */
export async function openInterestButton({ ack, body, client }: ButtonClickArgs): Promise<void> {
  await ack();
  await client.views.open({ trigger_id: body.trigger_id, view: interestFormView() });
}
