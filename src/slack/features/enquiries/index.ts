import type { App, BlockAction, ButtonAction, ViewSubmitAction } from "@slack/bolt";
import type { SubcommandHandler } from "../../commands/types.ts";
import type { BotDeps } from "../../deps.ts";
import { SHARED_IDS } from "../../ids.ts";
import { ENQUIRY_IDS } from "./ids.ts";
import { openInterestButton, openInterestForm } from "./interest/open-interest-form.ts";
import { submitInterestForm } from "./interest/submit-interest-form.ts";
import { openReplyForm } from "./reply/open-reply-form.ts";
import { submitReply } from "./reply/submit-reply.ts";
import {
  openTrainingDayButton,
  openTrainingDayForm,
} from "./training-day/open-training-day-form.ts";
import { submitTrainingDayForm } from "./training-day/submit-training-day-form.ts";

/** The leadership interest form and training-day requests, answered by the leadership team. */
export function registerEnquiries(app: App, deps: BotDeps): void {
  app.view<ViewSubmitAction>(ENQUIRY_IDS.interestForm, submitInterestForm(deps));
  app.view<ViewSubmitAction>(ENQUIRY_IDS.trainingDayForm, submitTrainingDayForm(deps));
  app.view<ViewSubmitAction>(ENQUIRY_IDS.replyForm, submitReply(deps));
  app.action<BlockAction<ButtonAction>>(SHARED_IDS.openInterest, openInterestButton);
  app.action<BlockAction<ButtonAction>>(ENQUIRY_IDS.openTrainingDay, openTrainingDayButton);
  app.action<BlockAction<ButtonAction>>(ENQUIRY_IDS.replyToEnquiry, openReplyForm(deps, "enquiry"));
  app.action<BlockAction<ButtonAction>>(
    ENQUIRY_IDS.replyToTrainingDay,
    openReplyForm(deps, "training_day_request"),
  );
}

export const enquirySubcommands: Record<string, SubcommandHandler> = {
  interest: openInterestForm,
  trainingday: openTrainingDayForm,
};
