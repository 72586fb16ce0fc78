/**
 * Typed factories for what Slack sends to an app, each taking the fields that matter and
 * `overrides` for anything else (bolt-js test-helper style).
 */
import type {
  BlockAction,
  ButtonAction,
  EnvelopedEvent,
  GlobalShortcut,
  MessageShortcut,
  SlashCommand,
  types,
  ViewClosedAction,
  ViewSubmitAction,
} from "@slack/bolt";
import type { EmulatedView } from "./types.ts";
import type { ViewStateValues } from "./view-values.ts";

/** Slack's deprecated verification token; Bolt ignores it but Slack still sends one. */
export const VERIFICATION_TOKEN = "emulator-verification-token";

export interface InteractionContext {
  team: { id: string; domain: string };
  appId: string;
  user: { id: string; name: string };
}

/** A view as it arrives in interaction payloads: with the user's input in `state.values`. */
export type SubmittedView = Omit<EmulatedView, "state"> & { state: { values: ViewStateValues } };

type InteractionUser = { id: string; username: string; name: string; team_id: string };

export type ButtonClickPayload = Omit<
  BlockAction<ButtonAction>,
  "response_url" | "view" | "state" | "user"
> & {
  user: InteractionUser;
  response_url?: string;
  view?: SubmittedView;
  state?: { values: ViewStateValues };
};

export type ViewSubmissionPayload = Omit<ViewSubmitAction, "view" | "user"> & {
  user: InteractionUser;
  view: SubmittedView;
};

export type ViewClosedPayload = Omit<ViewClosedAction, "view" | "user"> & {
  user: InteractionUser;
  view: SubmittedView;
};

export type AppHomeOpenedPayload = EnvelopedEvent<
  Omit<types.AppHomeOpenedEvent, "view"> & { view?: EmulatedView }
>;

function interactionUser(context: InteractionContext): InteractionUser {
  const { id, name } = context.user;
  return { id, username: name, name, team_id: context.team.id };
}

export function buildSlashCommand(
  context: InteractionContext,
  fields: {
    command: string;
    text: string;
    channel: { id: string; name: string };
    responseUrl: string;
    triggerId: string;
  },
  overrides: Partial<SlashCommand> = {},
): SlashCommand {
  return {
    token: VERIFICATION_TOKEN,
    team_id: context.team.id,
    team_domain: context.team.domain,
    channel_id: fields.channel.id,
    channel_name: fields.channel.name,
    user_id: context.user.id,
    user_name: context.user.name,
    command: fields.command,
    text: fields.text,
    api_app_id: context.appId,
    is_enterprise_install: "false",
    response_url: fields.responseUrl,
    trigger_id: fields.triggerId,
    ...overrides,
  };
}

export function buildButtonAction(
  fields: { actionId: string; blockId: string; text: string; value?: string; actionTs: string },
  overrides: Partial<ButtonAction> = {},
): ButtonAction {
  return {
    type: "button",
    action_id: fields.actionId,
    block_id: fields.blockId,
    text: { type: "plain_text", text: fields.text, emoji: true },
    ...(fields.value === undefined ? {} : { value: fields.value }),
    action_ts: fields.actionTs,
    ...overrides,
  };
}

export function buildBlockActions(
  context: InteractionContext,
  fields: {
    action: ButtonAction;
    triggerId: string;
    container: Record<string, unknown>;
    channel?: { id: string; name: string };
    message?: ButtonClickPayload["message"];
    view?: SubmittedView;
    responseUrl?: string;
  },
  overrides: Partial<ButtonClickPayload> = {},
): ButtonClickPayload {
  return {
    type: "block_actions",
    user: interactionUser(context),
    api_app_id: context.appId,
    token: VERIFICATION_TOKEN,
    container: fields.container,
    trigger_id: fields.triggerId,
    team: context.team,
    is_enterprise_install: false,
    ...(fields.channel === undefined ? {} : { channel: fields.channel }),
    ...(fields.message === undefined ? {} : { message: fields.message }),
    ...(fields.view === undefined ? {} : { view: fields.view }),
    ...(fields.view === undefined ? { state: { values: {} } } : {}),
    ...(fields.responseUrl === undefined ? {} : { response_url: fields.responseUrl }),
    actions: [fields.action],
    ...overrides,
  };
}

export function buildViewSubmission(
  context: InteractionContext,
  fields: { view: SubmittedView; triggerId: string },
  overrides: Partial<ViewSubmissionPayload> = {},
): ViewSubmissionPayload {
  return {
    type: "view_submission",
    team: context.team,
    user: interactionUser(context),
    api_app_id: context.appId,
    token: VERIFICATION_TOKEN,
    trigger_id: fields.triggerId,
    view: fields.view,
    response_urls: [],
    is_enterprise_install: false,
    ...overrides,
  };
}

export function buildViewClosed(
  context: InteractionContext,
  fields: { view: SubmittedView; isCleared: boolean },
  overrides: Partial<ViewClosedPayload> = {},
): ViewClosedPayload {
  return {
    type: "view_closed",
    team: context.team,
    user: interactionUser(context),
    api_app_id: context.appId,
    token: VERIFICATION_TOKEN,
    view: fields.view,
    is_cleared: fields.isCleared,
    is_enterprise_install: false,
    ...overrides,
  };
}

/** A global shortcut chosen from the lightning menu (or the search bar). */
export function buildGlobalShortcut(
  context: InteractionContext,
  fields: { callbackId: string; triggerId: string; actionTs: string },
  overrides: Partial<GlobalShortcut> = {},
): GlobalShortcut {
  const { id, name } = context.user;
  return {
    type: "shortcut",
    token: VERIFICATION_TOKEN,
    action_ts: fields.actionTs,
    team: context.team,
    user: { id, username: name, team_id: context.team.id },
    is_enterprise_install: false,
    callback_id: fields.callbackId,
    trigger_id: fields.triggerId,
    ...overrides,
  };
}

/** A message shortcut chosen from a message's "More actions" menu. */
export function buildMessageShortcut(
  context: InteractionContext,
  fields: {
    callbackId: string;
    triggerId: string;
    actionTs: string;
    channel: { id: string; name: string };
    message: MessageShortcut["message"];
    responseUrl: string;
  },
  overrides: Partial<MessageShortcut> = {},
): MessageShortcut {
  return {
    type: "message_action",
    token: VERIFICATION_TOKEN,
    action_ts: fields.actionTs,
    team: context.team,
    user: interactionUser(context),
    channel: fields.channel,
    is_enterprise_install: false,
    callback_id: fields.callbackId,
    trigger_id: fields.triggerId,
    message_ts: fields.message.ts,
    message: fields.message,
    response_url: fields.responseUrl,
    ...overrides,
  };
}

export function buildEventCallback<Event>(
  context: { teamId: string; appId: string; botUserId: string },
  event: Event,
  fields: { eventId: string; eventTime: number },
  overrides: Partial<EnvelopedEvent<Event>> = {},
): EnvelopedEvent<Event> {
  return {
    token: VERIFICATION_TOKEN,
    team_id: context.teamId,
    context_team_id: context.teamId,
    api_app_id: context.appId,
    event,
    type: "event_callback",
    event_id: fields.eventId,
    event_time: fields.eventTime,
    authorizations: [
      {
        enterprise_id: null,
        team_id: context.teamId,
        user_id: context.botUserId,
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: false,
    ...overrides,
  };
}

export function buildAppHomeOpenedEvent(
  fields: { userId: string; channel: string; eventTs: string; view?: EmulatedView },
  overrides: Partial<AppHomeOpenedPayload["event"]> = {},
): AppHomeOpenedPayload["event"] {
  return {
    type: "app_home_opened",
    user: fields.userId,
    channel: fields.channel,
    tab: "home",
    ...(fields.view === undefined ? {} : { view: fields.view }),
    event_ts: fields.eventTs,
    ...overrides,
  };
}

/** `application/x-www-form-urlencoded` body of a slash command. */
export function encodeForm(fields: Record<string, unknown>): string {
  const entries = Object.entries(fields).flatMap(([key, value]): [string, string][] =>
    value === undefined ? [] : [[key, String(value)]],
  );
  return new URLSearchParams(entries).toString();
}

/** Interactions arrive form-encoded as a single `payload` field holding JSON. */
export function encodeInteraction(payload: unknown): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}
