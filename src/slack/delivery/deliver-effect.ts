import type { WebClient } from "@slack/web-api";
import type { Effect } from "../../domain/effects.ts";
import type { OutboxItemToDeliver } from "../../services/delivery/claim-outbox-items.ts";
import type { BotDeps } from "../deps.ts";
import { tellAdminsOfFailure } from "./handlers/admins.ts";
import {
  showApplication,
  tellAccredited,
  tellApplicationDecided,
  tellApplicationSubmitted,
} from "./handlers/applications.ts";
import {
  redrawConfirmationRequest,
  requestConfirmations,
  tellEntriesDecided,
} from "./handlers/confirmations.ts";
import { refreshHome } from "./handlers/home.ts";
import { redactPost, sweepConfirmationDms } from "./handlers/privacy.ts";
import { tellProfileSaved } from "./handlers/profile.ts";
import { showRequest, tellRequestAnswered, tellRequestReceived } from "./handlers/requests.ts";
import {
  nudgeTrainee,
  postDigest,
  remindConfirmer,
  tellAdminsBackupFailed,
} from "./handlers/scheduled.ts";
import {
  askToSupervise,
  sendReport,
  tellCompetenciesSigned,
  tellSupervisionAnswered,
} from "./handlers/supervision.ts";
import type { EffectHandler, EffectHandlers } from "./handlers/types.ts";

/** Every effect a use case can record, and how it reaches Slack. */
const HANDLERS: EffectHandlers = {
  "confirmations.request": requestConfirmations,
  "confirmations.redraw": redrawConfirmationRequest,
  "entries.decided": tellEntriesDecided,
  "home.refresh": refreshHome,
  "request.show": showRequest,
  "request.received": tellRequestReceived,
  "request.answered": tellRequestAnswered,
  "application.show": showApplication,
  "application.submitted": tellApplicationSubmitted,
  "application.decided": tellApplicationDecided,
  "person.accredited": tellAccredited,
  "supervision.requested": askToSupervise,
  "supervision.answered": tellSupervisionAnswered,
  "competencies.signed": tellCompetenciesSigned,
  "report.submitted": sendReport,
  "profile.saved": tellProfileSaved,
  "delivery.failed": tellAdminsOfFailure,
  "digest.post": postDigest,
  "reminder.confirmer": remindConfirmer,
  "reminder.trainee": nudgeTrainee,
  "backup.failed": tellAdminsBackupFailed,
  "post.redact": redactPost,
  "confirmations.sweep": sweepConfirmationDms,
};

/** Delivers one effect with the client given (one that leaves retrying to the outbox). */
export function effectDeliverer(deps: BotDeps, client: WebClient) {
  return (effect: Effect, item: OutboxItemToDeliver): Promise<void> => {
    const handler = HANDLERS[effect.type] as EffectHandler<Effect["type"]>;
    return handler({ deps, client, item }, effect);
  };
}
