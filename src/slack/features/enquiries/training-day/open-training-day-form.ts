import type { SubcommandHandler } from "../../../commands/types.ts";
import type { ButtonClickArgs } from "../../../interaction.ts";
import { trainingDayFormView } from "../views/training-day-form.ts";

/** `/balint trainingday`: the training-day request form, opened at once. */
export const openTrainingDayForm: SubcommandHandler = async ({ slack }) => {
  await slack.ack();
  await slack.client.views.open({
    trigger_id: slack.command.trigger_id,
    view: trainingDayFormView(),
  });
};

/** The App Home's button: the same form, for anyone. */
export async function openTrainingDayButton({ ack, body, client }: ButtonClickArgs): Promise<void> {
  await ack();
  await client.views.open({ trigger_id: body.trigger_id, view: trainingDayFormView() });
}
