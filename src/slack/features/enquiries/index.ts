import type { App, BlockAction, ButtonAction, ViewSubmitAction } from "@slack/bolt";
import type { SubcommandHandler } from "../../commands/types.ts";
import type { BotDeps } from "../../deps.ts";
import { SHARED_IDS } from "../../ids.ts";
import { ENQUIRY_IDS, OLD_REPLY_ACTIONS } from "./ids.ts";
import { openInterestButton, openInterestForm } from "./interest/open-interest-form.ts";
import { submitInterestForm } from "./interest/submit-interest-form.ts";
import { openReplyForm } from "./reply/open-reply-form.ts";
import { submitReply } from "./reply/submit-reply.ts";
import {
  openTrainingDayButton,
  openTrainingDayForm,
} from "./training-day/open-training-day-form.ts";
import { submitTrainingDayForm } from "./training-day/submit-training-day-form.ts";

/** Requests to the leadership team (the interest form, a training day) and their replies. */
export function registerEnquiries(app: App, deps: BotDeps): void {
  app.view<ViewSubmitAction>(ENQUIRY_IDS.interestForm, submitInterestForm(deps));
  app.view<ViewSubmitAction>(ENQUIRY_IDS.trainingDayForm, submitTrainingDayForm(deps));
  app.view<ViewSubmitAction>(ENQUIRY_IDS.replyForm, submitReply(deps));
  app.action<BlockAction<ButtonAction>>(SHARED_IDS.openInterest, openInterestButton);
  app.action<BlockAction<ButtonAction>>(ENQUIRY_IDS.openTrainingDay, openTrainingDayButton);
  app.action<BlockAction<ButtonAction>>(ENQUIRY_IDS.replyToRequest, openReplyForm(deps));
  for (const [actionId, kind] of Object.entries(OLD_REPLY_ACTIONS)) {
    app.action<BlockAction<ButtonAction>>(actionId, openReplyForm(deps, kind));
  }
}

export const enquirySubcommands: Record<string, SubcommandHandler> = {
  interest: openInterestForm,
  trainingday: openTrainingDayForm,
};
