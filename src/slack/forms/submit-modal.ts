import type { ViewOutput, ViewResponseAction } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import type { ZodType } from "zod";
import { AppError } from "../../domain/app-error.ts";
import type { Actor, ServiceContext } from "../../services/context.ts";
import { type BotDeps, serviceContext } from "../deps.ts";
import { interactionActor, type ViewSubmissionArgs } from "../interaction.ts";
import { modalErrorsFor } from "./modal-errors.ts";
import { type ModalResult, parseModal, stateValues, type ViewStateValues } from "./modal-state.ts";
import { decodeMetadata } from "./private-metadata.ts";

/** Who submitted, from Slack's signed envelope, and what the use case runs with. */
export interface Submitter {
  deps: BotDeps;
  ctx: ServiceContext;
  actor: Actor;
}

/** A submission that passed its checks: the form's values and the modal's metadata. */
export interface Submission<Form, Meta> extends Submitter {
  form: Form;
  metadata: Meta;
  client: WebClient;
  view: ViewOutput;
}

/**
 * One modal's submission, declared: how to read it, what to run, where a refusal goes and what
 * to answer. `submitModal` does the rest the same way for every modal.
 */
export interface ModalDeclaration<Form, Meta, Result> {
  /** The private_metadata's schema; it is checked before anything else is read. */
  metadata?: ZodType<Meta>;
  /**
   * The form: a zod schema keyed by block id, or a reader for a form that needs more (today's
   * date, the metadata); problems come back beside their fields.
   */
  form:
    | ZodType<Form>
    | ((values: ViewStateValues, submitter: Submitter & { metadata: Meta }) => ModalResult<Form>);
  /** The use case, with any check of who is asking that belongs to Slack. */
  run: (submission: Submission<Form, Meta>) => Promise<Result>;
  /**
   * Where a refusal (an AppError) is shown: beside the first of `fields` it names, else beside
   * `fallback`; or the errors a function works out from it (undefined rethrows it).
   */
  refusal:
    | { fields?: readonly string[]; fallback: string }
    | ((error: AppError, form: Form) => Record<string, string> | undefined);
  /** The acknowledgement after success; none closes the modal. */
  answer?: (result: Result, submission: Submission<Form, Meta>) => ViewResponseAction | undefined;
  /** Work that may outlast Slack's 3 s, done after the acknowledgement. */
  afterAck?: (result: Result, submission: Submission<Form, Meta>) => Promise<void>;
}

function readForm<Form, Meta>(
  declared: ModalDeclaration<Form, Meta, unknown>["form"],
  values: ViewStateValues,
  submitter: Submitter & { metadata: Meta },
): ModalResult<Form> {
  return typeof declared === "function"
    ? declared(values, submitter)
    : parseModal(declared, values);
}

function refusalErrors<Form>(
  declared: ModalDeclaration<Form, unknown, unknown>["refusal"],
  error: unknown,
  form: Form,
  command: string,
): Record<string, string> | undefined {
  if (!(error instanceof AppError)) return undefined;
  if (typeof declared === "function") return declared(error, form);
  return modalErrorsFor(error, declared.fields ?? [], declared.fallback, command);
}

/**
 * The listener for a modal's submission: checks the metadata, reads the form (its problems
 * beside their fields), runs the use case as the person who submitted, and acknowledges with
 * the answer, or with the refusal beside its field so the form is never lost.
 */
export function submitModal<Form, Meta = undefined, Result = unknown>(
  deps: BotDeps,
  declaration: ModalDeclaration<Form, Meta, Result>,
) {
  return async ({ ack, body, view, client }: ViewSubmissionArgs): Promise<void> => {
    const metadata = (
      declaration.metadata ? decodeMetadata(declaration.metadata, view.private_metadata) : undefined
    ) as Meta;
    const submitter = { deps, ctx: serviceContext(deps), actor: interactionActor(deps, body) };
    const form = readForm(declaration.form, stateValues(view), { ...submitter, metadata });
    if (!form.ok) {
      await ack({ response_action: "errors", errors: form.errors });
      return;
    }
    const submission = { ...submitter, form: form.data, metadata, client, view };
    let result: Result;
    try {
      result = await declaration.run(submission);
    } catch (error) {
      const command = deps.config.SLASH_COMMAND;
      const errors = refusalErrors(declaration.refusal, error, form.data, command);
      if (!errors) throw error;
      await ack({ response_action: "errors", errors });
      return;
    }
    await ack(declaration.answer?.(result, submission));
    await declaration.afterAck?.(result, submission);
  };
}
