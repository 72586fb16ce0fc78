import type { App, BlockButtonAction, ViewSubmitAction } from "@slack/bolt";
import type { ModalView } from "@slack/types";
import type { WebClient } from "@slack/web-api";
import { z } from "zod";
import { AppError } from "../../../domain/app-error.ts";
import { recordAccreditation } from "../../../services/applications/record-accreditation.ts";
import type { Actor } from "../../../services/context.ts";
import { todayFor } from "../../../services/inputs.ts";
import { requireErasable } from "../../../services/privacy/erase-member.ts";
import { confirmMembership } from "../../../services/progress/confirm-membership.ts";
import { setPathwayStart } from "../../../services/progress/set-pathway-start.ts";
import { requireAdmin } from "../../../services/register/add-leader.ts";
import { getLeaderPeriods } from "../../../services/register/get-leader-periods.ts";
import { type BotDeps, serviceContext } from "../../deps.ts";
import type { SlackMessage } from "../../direct-message.ts";
import { readButtonValue } from "../../forms/button-value.ts";
import { parseModal } from "../../forms/modal-state.ts";
import { fillModal, openModalThenFill } from "../../forms/open-modal.ts";
import { slackUserId } from "../../forms/person-value.ts";
import { decodeMetadata, encodeMetadata } from "../../forms/private-metadata.ts";
import { submitModal } from "../../forms/submit-modal.ts";
import { interactionActor, type ViewSubmissionArgs } from "../../interaction.ts";
import { requireRealPerson } from "../../mentions.ts";
import { accreditedConfirmation } from "../applications/views/notices.ts";
import { erasePerson } from "../privacy/erase.ts";
import { sendExport } from "../privacy/send-export.ts";
import { exportSentReply } from "../privacy/views/privacy-messages.ts";
import { membershipText, pathwayText } from "../profile/admin-commands.ts";
import { leaderPeriodsMessage } from "../supervision/views/leaders-list.ts";
import { ADMIN_IDS, personFormAction } from "./ids.ts";
import {
  eraseConfirmModal,
  PERSON_FORM_BLOCKS,
  PERSON_FORM_KINDS,
  PERSON_FORMS,
  type PersonFormKind,
  personFormKind,
  personFormModal,
  personFormResultModal,
} from "./views/person-forms.ts";

const formMetadata = z.object({ form: personFormKind });
const eraseMetadata = z.object({ person: slackUserId });
const personForm = z.object({
  [PERSON_FORM_BLOCKS.person]: slackUserId,
  [PERSON_FORM_BLOCKS.date]: z.string().optional(),
});

interface Submission {
  deps: BotDeps;
  actor: Actor;
  person: { teamId: string; userId: string };
  date: string | undefined;
}

/** Each quick form runs the use case its command runs, and answers what the command answers. */
const RUN: Readonly<
  Record<Exclude<PersonFormKind, "erase" | "export">, (s: Submission) => Promise<SlackMessage>>
> = {
  accredit: async ({ deps, actor, person, date }) => {
    await requireRealPerson(deps.slackUsers, person.userId);
    const result = await recordAccreditation(serviceContext(deps), actor, {
      person,
      ...(date ? { accreditedOn: date } : {}),
    });
    const text = accreditedConfirmation({
      slackUserId: result.person.slackUserId,
      accreditedOn: result.leader.accreditedOn,
      hadApplication: result.application !== null,
    });
    return { text };
  },
  member: async ({ deps, actor, person, date }) => {
    const result = await confirmMembership(serviceContext(deps), actor, {
      person,
      ...(date ? { confirmedOn: date } : {}),
    });
    return { text: membershipText(person.userId, result) };
  },
  pathway: async ({ deps, actor, person, date }) => {
    if (!date) throw new AppError("INVALID_INPUT", "Give the start date.");
    const result = await setPathwayStart(
      serviceContext(deps),
      { ...actor, isLeadershipTeam: false },
      { person, startedOn: date },
    );
    return { text: pathwayText(person.userId, date, result) };
  },
  history: async ({ deps, actor, person }) =>
    leaderPeriodsMessage(await getLeaderPeriods(serviceContext(deps), actor, { person })),
};

/** What a quick form answers at once, and any work that answers later in its place. */
interface Answer {
  view: ModalView;
  later?: () => Promise<string>;
}

const ONE_MOMENT = (kind: PersonFormKind) => personFormResultModal(kind, { text: "One moment…" });

/** A refusal from the use case shown beside the person (or the date), where the admin can change it. */
function besideTheField(error: AppError): Record<string, string> {
  const fields = Array.isArray(error.details.fields) ? error.details.fields : [];
  const block = fields.includes(PERSON_FORM_BLOCKS.date)
    ? PERSON_FORM_BLOCKS.date
    : PERSON_FORM_BLOCKS.person;
  return { [block]: error.userMessage };
}

function submitPersonForm(deps: BotDeps) {
  return submitModal(deps, {
    metadata: formMetadata,
    form: (values) => {
      const form = parseModal(personForm, values);
      if (form.ok) return form;
      return { ok: false, errors: { [PERSON_FORM_BLOCKS.person]: "Choose the person." } };
    },
    run: async ({ actor, client, form, metadata: { form: kind } }): Promise<Answer> => {
      const person = { teamId: actor.teamId, userId: form[PERSON_FORM_BLOCKS.person] };
      requireAdmin(actor);
      if (kind === "export") {
        return {
          view: ONE_MOMENT(kind),
          later: async () => {
            await sendExport(deps, client, actor, person);
            return exportSentReply(person.userId);
          },
        };
      }
      if (kind === "erase") {
        requireErasable(actor, person);
        const metadata = encodeMetadata(eraseMetadata, { person: person.userId });
        return { view: eraseConfirmModal(person.userId, metadata) };
      }
      const date = form[PERSON_FORM_BLOCKS.date];
      if (PERSON_FORMS[kind].date?.required && !date) {
        throw new AppError("INVALID_INPUT", "Give the date.", {
          fields: [PERSON_FORM_BLOCKS.date],
        });
      }
      const answer = await RUN[kind]({ deps, actor, person, date });
      return { view: personFormResultModal(kind, answer) };
    },
    refusal: besideTheField,
    answer: ({ view }) => ({ response_action: "update", view }),
    afterAck: async ({ later }, { client, view, metadata }) => {
      if (later) await finishLater(deps, client, view.id, metadata.form, later);
    },
  });
}

/** The confirm step: the clicker must still be an admin (checked again by the use case). */
async function confirmErase(deps: BotDeps, args: ViewSubmissionArgs): Promise<void> {
  const { ack, body, view } = args;
  const { person } = decodeMetadata(eraseMetadata, view.private_metadata);
  const actor = interactionActor(deps, body);
  try {
    requireErasable(actor, { teamId: actor.teamId, userId: person });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const refusal = personFormResultModal("erase", { text: error.userMessage });
    await ack({ response_action: "update", view: refusal });
    return;
  }
  await ack({ response_action: "update", view: ONE_MOMENT("erase") });
  await finishLater(deps, args.client, view.id, "erase", () => erasePerson(deps, actor, person));
}

/** Work that outlasted Slack's 3 s ("One moment…" stood in): its answer, or its refusal. */
function finishLater(
  deps: BotDeps,
  client: WebClient,
  viewId: string,
  kind: PersonFormKind,
  work: () => Promise<string>,
): Promise<void> {
  return fillModal(client, viewId, PERSON_FORMS[kind].title, deps.config.SLASH_COMMAND, async () =>
    personFormResultModal(kind, { text: await work() }),
  );
}

/** The admin's "about one person" buttons: each opens the form of its `admin` command. */
export function registerPersonForms(app: App, deps: BotDeps): void {
  for (const kind of PERSON_FORM_KINDS) {
    app.action<BlockButtonAction>(personFormAction(kind), async ({ ack, body, action, client }) => {
      const value = readButtonValue(formMetadata, action.value);
      if (value.form !== kind) throw new AppError("INVALID_INPUT", "That button is out of date.");
      await ack();
      const actor = interactionActor(deps, body);
      const form = PERSON_FORMS[kind];
      await openModalThenFill(
        client,
        body.trigger_id,
        form.title,
        deps.config.SLASH_COMMAND,
        async () => {
          requireAdmin(actor);
          const metadata = encodeMetadata(formMetadata, { form: kind });
          return personFormModal(kind, todayFor(serviceContext(deps)), metadata);
        },
      );
    });
  }
  app.view<ViewSubmitAction>(ADMIN_IDS.personFormModal, submitPersonForm(deps));
  app.view<ViewSubmitAction>(ADMIN_IDS.eraseConfirmModal, (args) => confirmErase(deps, args));
}
