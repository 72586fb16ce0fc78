import type { ViewOutput } from "@slack/bolt";

/** A Block Kit block as the emulator stores it: only `type` is checked, the rest is kept as sent. */
export interface SlackBlock {
  type: string;
  block_id?: string;
  [key: string]: unknown;
}

export interface EmulatedUser {
  id: string;
  name: string;
  realName: string;
  displayName: string;
  /** IANA time zone, e.g. "Europe/London". */
  tz: string;
  email?: string;
  isBot: boolean;
  /** A deactivated account: users.info still answers, with `deleted: true`. */
  deleted: boolean;
}

export interface EmulatedChannel {
  id: string;
  name: string;
  members: string[];
  isPrivate: boolean;
}

export interface WorkspaceSeed {
  teamId: string;
  teamName: string;
  teamDomain: string;
  appId: string;
  botUserId: string;
  botId: string;
  botName: string;
  /** Bot tokens that the Web API accepts. */
  botTokens: string[];
  /** App-level tokens (xapp-…) that apps.connections.open accepts. */
  appTokens: string[];
  users: EmulatedUser[];
  channels: EmulatedChannel[];
}

export type NewUser = Pick<EmulatedUser, "id"> & Partial<Omit<EmulatedUser, "id">>;

export type NewChannel = Pick<EmulatedChannel, "id" | "name"> &
  Partial<Omit<EmulatedChannel, "id" | "name">> & {
    /** Adds the bot user to `members` (default true), as inviting the app to a channel does. */
    botIsMember?: boolean;
  };

export type WorkspaceOptions = Partial<Omit<WorkspaceSeed, "users" | "channels">> & {
  users?: NewUser[];
  channels?: NewChannel[];
};

export interface SlackEmulatorOptions {
  port?: number;
  host?: string;
  workspace?: WorkspaceOptions;
  /** Milliseconds since the epoch; inject to test trigger expiry and timestamps. */
  nowMs?: () => number;
  /** How long an issued trigger_id stays valid (Slack: 3 s). */
  triggerTtlMs?: number;
  /** How long a Socket Mode envelope may wait for its ack before it counts as late (Slack: 3 s). */
  socketModeAckTimeoutMs?: number;
}

export type ApiArgs = Record<string, unknown>;

/** A Web API response body. Slack always answers HTTP 200 with `ok` telling success. */
export interface ApiResponse {
  ok: boolean;
  error?: string;
  [key: string]: unknown;
}

export interface RecordedCall {
  method: string;
  /** Parsed arguments, without the token. JSON form fields (blocks, view…) are already parsed. */
  args: ApiArgs;
  token: string | undefined;
  /** Emulator clock, in milliseconds. */
  at: number;
  response: ApiResponse;
}

export type MessageSource =
  | "chat.postMessage"
  | "chat.postEphemeral"
  | "response_url"
  | "files.completeUploadExternal"
  /** Typed by a person (emulator.postAsUser), e.g. to try a message shortcut on it. */
  | "user";

/** A file shared with files.uploadV2, bytes and all, so tests can read it back. */
export interface EmulatedFile {
  id: string;
  name: string;
  title: string;
  size: number;
  bytes: Buffer;
  /** The bot user that uploaded it. */
  user: string;
  /** Seconds since the epoch. */
  created: number;
  channels: string[];
}

/** How a message refers to a file shared in it. */
export interface SharedFileRef {
  id: string;
  name: string;
  title: string;
  size: number;
}

export interface EmulatedMessage {
  channel: string;
  ts: string;
  text: string;
  blocks: SlackBlock[];
  threadTs?: string;
  metadata?: unknown;
  /** Who posted it: the bot user, or a person for a message they typed. */
  user: string;
  botId: string;
  editedTs?: string;
  /** Files shared with the message (files.completeUploadExternal). */
  files?: SharedFileRef[];
  source: MessageSource;
}

export interface EphemeralMessage {
  channel: string;
  /** The user who sees it. */
  user: string;
  ts: string;
  text: string;
  blocks: SlackBlock[];
  threadTs?: string;
  source: MessageSource;
}

/** Where a response_url came from, so that posts to it can replace or delete the right message. */
export interface ResponseUrlOrigin {
  userId: string;
  channelId: string;
  messageTs?: string;
  isEphemeral?: boolean;
}

export interface ResponseUrlBody {
  text?: string;
  blocks?: SlackBlock[];
  response_type?: "ephemeral" | "in_channel";
  replace_original?: boolean;
  delete_original?: boolean;
  thread_ts?: string;
}

export interface ResponseUrlPost {
  id: string;
  body: ResponseUrlBody;
  origin: ResponseUrlOrigin;
  at: number;
}

/** A view as Slack returns it from views.* (and sends it in interaction payloads). */
export interface EmulatedView extends ViewOutput {
  blocks: SlackBlock[];
  external_id: string;
}

export interface FailureOptions {
  /** How many upcoming calls fail (default 1). */
  times?: number;
  /** HTTP status; 429 adds `retry-after`. WebClient retries 5xx/429, so keep its retryConfig small. */
  status?: number;
  retryAfterSeconds?: number;
}
