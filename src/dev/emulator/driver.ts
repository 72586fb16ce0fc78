import type { EnvelopedEvent, GlobalShortcut, MessageShortcut, SlashCommand } from "@slack/bolt";
import { z } from "zod";
import { findElement, type LocatedElement } from "./blocks.ts";
import { messageObject } from "./methods/chat.ts";
import type { ViewSubmissionEffect } from "./model/view-submission.ts";
import {
  type AppHomeOpenedPayload,
  type ButtonClickPayload,
  buildAppHomeOpenedEvent,
  buildBlockActions,
  buildButtonAction,
  buildEventCallback,
  buildGlobalShortcut,
  buildMessageShortcut,
  buildSlashCommand,
  buildViewClosed,
  buildViewSubmission,
  type InteractionContext,
  type SubmittedView,
  type ViewClosedPayload,
  type ViewSubmissionPayload,
} from "./payloads.ts";
import { type DriverResponse, type RawSlackRequest, sendSignedRequest } from "./signed-request.ts";
import type { SlackEmulator } from "./slack-emulator.ts";
import { httpTransport, socketTransport } from "./transport.ts";
import type { EmulatedView, SlackBlock } from "./types.ts";
import { buildViewStateValues, type SimpleViewValue } from "./view-values.ts";

export type SlackDriverOptions = {
  emulator: SlackEmulator;
  /** Seconds since the epoch, used for x-slack-request-timestamp and event_time. */
  clock?: () => number;
} & (
  | {
      transport?: "http";
      /** The bot's request URL, e.g. "http://127.0.0.1:3000/slack/events". */
      botUrl: string;
      signingSecret: string;
    }
  /** Envelopes over the emulator's Socket Mode WebSocket, to the bot connected to it. */
  | { transport: "socket" }
);

/** Where a clicked button is: a message (possibly ephemeral) or a view (modal or Home tab). */
export type ClickContainer =
  | { channelId: string; messageTs: string; ephemeral?: boolean }
  | { viewId: string };

export interface SentPayload<Payload> extends DriverResponse {
  payload: Payload;
}

export interface SlackDriver {
  readonly transport: "http" | "socket";
  /** A raw signed HTTP request (HTTP transport only), open to forging for security tests. */
  send(request: RawSlackRequest): Promise<DriverResponse>;
  slashCommand(input: {
    userId: string;
    text: string;
    command?: string;
    channelId?: string;
  }): Promise<SentPayload<SlashCommand>>;
  clickButton(input: {
    userId: string;
    actionId: string;
    container: ClickContainer;
    /** Defaults to the button's own value. */
    value?: string;
    blockId?: string;
    /** State of the view's inputs when the button is in a modal. */
    values?: Record<string, SimpleViewValue>;
  }): Promise<SentPayload<ButtonClickPayload>>;
  submitView(input: {
    userId: string;
    /** Defaults to the top of the user's modal stack. */
    viewId?: string;
    view?: EmulatedView;
    values?: Record<string, SimpleViewValue>;
  }): Promise<SentPayload<ViewSubmissionPayload> & { viewEffect?: ViewSubmissionEffect }>;
  /** The user closes a modal; sends view_closed only if the view asked for notify_on_close. */
  closeView(input: {
    userId: string;
    viewId?: string;
  }): Promise<SentPayload<ViewClosedPayload> | undefined>;
  openHome(input: { userId: string }): Promise<SentPayload<AppHomeOpenedPayload>>;
  /** The user picks one of the app's global shortcuts from the lightning menu. */
  globalShortcut(input: {
    userId: string;
    callbackId: string;
  }): Promise<SentPayload<GlobalShortcut>>;
  /** The user picks one of the app's message shortcuts on a message (any author's). */
  messageShortcut(input: {
    userId: string;
    callbackId: string;
    channelId: string;
    messageTs: string;
  }): Promise<SentPayload<MessageShortcut>>;
  sendEvent<Event extends { type: string }>(
    event: Event,
  ): Promise<SentPayload<EnvelopedEvent<Event>>>;
}

const buttonTextSchema = z.object({ text: z.object({ text: z.string() }) });

/**
 * Plays Slack's side towards the bot: slash commands, clicks, submissions and events, as signed
 * HTTP requests or as Socket Mode envelopes.
 */
export function createSlackDriver(options: SlackDriverOptions): SlackDriver {
  const { emulator } = options;
  const clock = options.clock ?? (() => Math.floor(Date.now() / 1000));
  const workspace = emulator.workspace;

  const send = async (request: RawSlackRequest): Promise<DriverResponse> => {
    if (options.transport === "socket") {
      throw new Error("driver.send: raw signed requests need the HTTP transport");
    }
    const { botUrl, signingSecret } = options;
    return sendSignedRequest({ botUrl, signingSecret, clock }, request);
  };
  const transport =
    options.transport === "socket" ? socketTransport(emulator.socketMode) : httpTransport(send);

  const postInteraction = async <Payload>(payload: Payload): Promise<SentPayload<Payload>> => ({
    ...(await transport.interaction(payload)),
    payload,
  });

  const requireUser = (userId: string) => {
    const user = workspace.user(userId);
    if (!user) throw new Error(`unknown user ${userId}: add it with emulator.addUser()`);
    return user;
  };

  const contextFor = (userId: string): InteractionContext => {
    const user = requireUser(userId);
    return {
      team: { id: workspace.teamId, domain: workspace.teamDomain },
      appId: workspace.appId,
      user: { id: user.id, name: user.name },
    };
  };

  const channelFor = (channelId: string) => ({
    id: channelId,
    name: workspace.channel(channelId)?.name ?? "directmessage",
  });

  const viewFor = (userId: string, viewId: string | undefined): EmulatedView => {
    const view = viewId ? emulator.findView(viewId)?.view : emulator.openViews(userId).at(-1);
    if (!view) throw new Error(`no open view ${viewId ?? ""} for ${userId}`);
    return view;
  };

  const withState = (view: EmulatedView, values: Record<string, SimpleViewValue> = {}) =>
    ({ ...view, state: { values: buildViewStateValues(view, values) } }) satisfies SubmittedView;

  const button = (blocks: SlackBlock[], actionId: string, blockId: string | undefined) => {
    const located = findElement(blocks, actionId, blockId);
    if (located?.element.type !== "button") {
      throw new Error(`no button with action_id "${actionId}" where the user clicked`);
    }
    return located;
  };

  const buttonAction = (located: LocatedElement, value: string | undefined) => {
    const text = buttonTextSchema.safeParse(located.element);
    const ownValue = typeof located.element.value === "string" ? located.element.value : undefined;
    const chosen = value ?? ownValue;
    return buildButtonAction({
      actionId: located.element.action_id ?? "",
      blockId: located.blockId,
      text: text.success ? text.data.text.text : "",
      actionTs: emulator.nextTs(),
      ...(chosen === undefined ? {} : { value: chosen }),
    });
  };

  const sendEvent: SlackDriver["sendEvent"] = async (event) => {
    const payload = buildEventCallback(
      { teamId: workspace.teamId, appId: workspace.appId, botUserId: workspace.botUserId },
      event,
      { eventId: emulator.nextEventId(), eventTime: clock() },
    );
    return { ...(await transport.event(payload)), payload };
  };

  return {
    transport: transport.kind,
    send,
    sendEvent,

    async slashCommand({ userId, text, command = "/balint", channelId }) {
      const channel = channelFor(channelId ?? emulator.dmChannelFor(userId));
      const payload = buildSlashCommand(contextFor(userId), {
        command,
        text,
        channel,
        responseUrl: emulator.issueResponseUrl({ userId, channelId: channel.id }),
        triggerId: emulator.issueTriggerId(userId),
      });
      return { ...(await transport.command({ ...payload })), payload };
    },

    async clickButton({ userId, actionId, container, value, blockId, values }) {
      const context = contextFor(userId);
      const triggerId = emulator.issueTriggerId(userId);
      if ("viewId" in container) {
        const view = viewFor(userId, container.viewId);
        const action = buttonAction(button(view.blocks, actionId, blockId), value);
        const viewContainer = { type: "view", view_id: view.id };
        return postInteraction(
          buildBlockActions(context, {
            action,
            triggerId,
            container: viewContainer,
            view: withState(view, values),
          }),
        );
      }
      const { channelId, messageTs, ephemeral = false } = container;
      const stored = ephemeral ? undefined : emulator.message(channelId, messageTs);
      const message = stored ?? emulator.ephemeral(channelId, messageTs);
      if (!message) throw new Error(`no message ${messageTs} in ${channelId}`);
      const action = buttonAction(button(message.blocks, actionId, blockId), value);
      return postInteraction(
        buildBlockActions(context, {
          action,
          triggerId,
          container: {
            type: "message",
            message_ts: messageTs,
            channel_id: channelId,
            is_ephemeral: ephemeral,
          },
          channel: channelFor(channelId),
          ...(stored ? { message: messageObject(workspace, stored) } : {}),
          responseUrl: emulator.issueResponseUrl({
            userId,
            channelId,
            messageTs,
            isEphemeral: ephemeral,
          }),
        }),
      );
    },

    async submitView({ userId, viewId, view, values }) {
      const target = view ?? viewFor(userId, viewId);
      const payload = buildViewSubmission(contextFor(userId), {
        view: withState(target, values),
        triggerId: emulator.issueTriggerId(userId),
      });
      const response = await postInteraction(payload);
      if (response.status !== 200) return response;
      const viewEffect = emulator.applyViewSubmissionAnswer(userId, target.id, response.body);
      return { ...response, viewEffect };
    },

    async closeView({ userId, viewId }) {
      const view = viewFor(userId, viewId);
      const isCleared = view.clear_on_close;
      const bottom = emulator.openViews(userId)[0]?.id ?? view.id;
      emulator.closeView(userId, isCleared ? bottom : view.id);
      if (!view.notify_on_close) return undefined;
      return postInteraction(
        buildViewClosed(contextFor(userId), { view: withState(view), isCleared }),
      );
    },

    async globalShortcut({ userId, callbackId }) {
      return postInteraction(
        buildGlobalShortcut(contextFor(userId), {
          callbackId,
          triggerId: emulator.issueTriggerId(userId),
          actionTs: emulator.nextTs(),
        }),
      );
    },

    async messageShortcut({ userId, callbackId, channelId, messageTs }) {
      const stored = emulator.message(channelId, messageTs);
      if (!stored) throw new Error(`no message ${messageTs} in ${channelId}`);
      return postInteraction(
        buildMessageShortcut(contextFor(userId), {
          callbackId,
          triggerId: emulator.issueTriggerId(userId),
          actionTs: emulator.nextTs(),
          channel: channelFor(channelId),
          message: messageObject(workspace, stored),
          responseUrl: emulator.issueResponseUrl({ userId, channelId }),
        }),
      );
    },

    async openHome({ userId }) {
      requireUser(userId);
      const view = emulator.homeView(userId);
      const event = buildAppHomeOpenedEvent({
        userId,
        channel: emulator.dmChannelFor(userId),
        eventTs: emulator.nextTs(),
        ...(view === undefined ? {} : { view }),
      });
      return sendEvent(event);
    },
  };
}
