import type { WebClient } from "@slack/web-api";
import {
  SUBCOMMITTEE_DECISIONS,
  type SubcommitteeDecision,
} from "../../../domain/application-status.ts";
import { applicationEventToTell, personById } from "../../../services/delivery/delivery-reads.ts";
import {
  applicationFilename,
  applicationPdf,
} from "../../../services/documents/application-pdf.ts";
import {
  certificateFilename,
  certificatePdf,
} from "../../../services/documents/certificate-pdf.ts";
import { getApplicationDocument } from "../../../services/documents/get-application-document.ts";
import { getCertificate } from "../../../services/documents/get-certificate.ts";
import { type BotDeps, serviceContext, societyOf } from "../../deps.ts";
import { showApplicationPost } from "../../features/applications/post.ts";
import {
  accreditedNotice,
  decisionNotice,
  resubmittedAnnouncement,
  submittedNotice,
} from "../../features/applications/views/notices.ts";
import { directMessageOnce, postOnce } from "../post-once.ts";
import { documentName } from "../slack-name.ts";
import { type FileToShare, uploadOnce } from "../upload-once.ts";
import type { EffectHandler } from "./types.ts";

export const showApplication: EffectHandler<"application.show"> = async (
  { deps, client, item },
  effect,
) => {
  await showApplicationPost(deps, client, effect.applicationId, item);
};

/**
 * The trainee hears it is with the subcommittee; a resubmission is announced in the thread, and
 * the application as a PDF goes into the post's thread each time.
 */
export const tellApplicationSubmitted: EffectHandler<"application.submitted"> = async (
  { deps, client, item },
  effect,
) => {
  const shown = await showApplicationPost(deps, client, effect.applicationId, item);
  if (!shown) return;
  const { application, at } = shown;
  if (effect.mode === "resubmit") {
    await postOnce(
      client,
      item,
      { channel: at.channel, part: "thread", threadTs: at.ts },
      { text: resubmittedAnnouncement(application.trainee.slackUserId) },
    );
  }
  await uploadOnce(
    client,
    { channel: at.channel, threadTs: at.ts },
    await applicationFile(deps, client, effect.applicationId, application.trainee.slackUserId),
  );
  const { missing } = application.checklist;
  await directMessageOnce(
    client,
    item,
    { slackUserId: application.trainee.slackUserId, part: "trainee" },
    submittedNotice(effect.mode, missing, societyOf(deps)),
  );
};

function isDecision(status: string): status is SubcommitteeDecision {
  return (SUBCOMMITTEE_DECISIONS as readonly string[]).includes(status);
}

const DECISION_OF_STATUS: Record<string, SubcommitteeDecision> = {
  recommended: "recommend",
  more_info_requested: "more_info",
  not_yet: "not_yet",
};

export const tellApplicationDecided: EffectHandler<"application.decided"> = async (
  { deps, client, item },
  effect,
) => {
  const event = await applicationEventToTell(serviceContext(deps), effect.eventId);
  if (!event) return;
  const decision = isDecision(event.toStatus) ? event.toStatus : DECISION_OF_STATUS[event.toStatus];
  if (!decision) return;
  await directMessageOnce(
    client,
    item,
    { slackUserId: event.application.trainee.slackUserId, part: "trainee" },
    decisionNotice(decision, event.reason ?? "", deps.config.SLASH_COMMAND, societyOf(deps)),
  );
};

export const tellAccredited: EffectHandler<"person.accredited"> = async (
  { deps, client, item },
  effect,
) => {
  const person = await personById(serviceContext(deps), effect.personId);
  if (!person) return;
  const { channel } = await directMessageOnce(
    client,
    item,
    { slackUserId: person.slackUserId, part: "person" },
    accreditedNotice(effect.accreditedOn, societyOf(deps)),
  );
  const certificate = await getCertificate(serviceContext(deps), effect, societyOf(deps));
  const personName = await documentName(client, certificate.personName, person.slackUserId);
  await uploadOnce(
    client,
    { channel },
    {
      filename: certificateFilename(effect.accreditedOn),
      title: "Your certificate of accreditation (PDF)",
      bytes: await certificatePdf({ ...certificate, personName }),
    },
  );
};

/** The application as one PDF, for the subcommittee's thread. */
async function applicationFile(
  deps: BotDeps,
  client: WebClient,
  applicationId: number,
  traineeSlackUserId: string,
): Promise<FileToShare> {
  const found = await getApplicationDocument(serviceContext(deps), { applicationId });
  const traineeName = await documentName(client, found.traineeName, traineeSlackUserId);
  const document = { ...found, traineeName };
  return {
    filename: applicationFilename(document),
    title: `The application as a PDF (version ${document.version})`,
    bytes: await applicationPdf(document),
  };
}
