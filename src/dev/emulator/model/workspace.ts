import type {
  EmulatedChannel,
  EmulatedUser,
  NewChannel,
  NewUser,
  WorkspaceOptions,
} from "../types.ts";

export const DEFAULT_TEAM = {
  teamId: "T0BALINT0",
  teamName: "Balint Society UK",
  teamDomain: "balint-society",
  appId: "A0BALINT0",
  botUserId: "U0BOT0000",
  botId: "B0BOT0000",
  botName: "balint-pathway",
  botTokens: ["xoxb-test"],
  appTokens: ["xapp-test"],
} as const;

export const DEFAULT_TIME_ZONE = "Europe/London";

/** A conversation a Web API call can name: a channel, or the DM between the bot and a user. */
export type Conversation =
  | { kind: "channel"; id: string; channel: EmulatedChannel }
  | { kind: "im"; id: string; userId: string };

export type AuthFailure = "not_authed" | "invalid_auth" | "not_allowed_token_type";

/** Most methods take the bot token; apps.connections.open takes the app-level token. */
export type TokenKind = "bot" | "app";

/** Team, bot, users and channels: what Slack would know about the workspace. */
export class Workspace {
  readonly teamId: string;
  readonly teamName: string;
  readonly teamDomain: string;
  readonly appId: string;
  readonly botUserId: string;
  readonly botId: string;
  readonly botName: string;
  private users = new Map<string, EmulatedUser>();
  private channels = new Map<string, EmulatedChannel>();
  private tokens = new Set<string>();
  private appTokens = new Set<string>();

  constructor(private readonly options: WorkspaceOptions = {}) {
    this.teamId = options.teamId ?? DEFAULT_TEAM.teamId;
    this.teamName = options.teamName ?? DEFAULT_TEAM.teamName;
    this.teamDomain = options.teamDomain ?? DEFAULT_TEAM.teamDomain;
    this.appId = options.appId ?? DEFAULT_TEAM.appId;
    this.botUserId = options.botUserId ?? DEFAULT_TEAM.botUserId;
    this.botId = options.botId ?? DEFAULT_TEAM.botId;
    this.botName = options.botName ?? DEFAULT_TEAM.botName;
    this.restore();
  }

  /** Back to the users, channels and tokens given at start. */
  restore(): void {
    this.users.clear();
    this.channels.clear();
    this.tokens = new Set(this.options.botTokens ?? DEFAULT_TEAM.botTokens);
    this.appTokens = new Set(this.options.appTokens ?? DEFAULT_TEAM.appTokens);
    this.addUser({ id: this.botUserId, name: this.botName, isBot: true });
    for (const user of this.options.users ?? []) this.addUser(user);
    for (const channel of this.options.channels ?? []) this.addChannel(channel);
  }

  get url(): string {
    return `https://${this.teamDomain}.slack.com/`;
  }

  /** Adds or replaces a user; missing names are derived from the id. */
  addUser(input: NewUser): EmulatedUser {
    const name = input.name ?? input.id.toLowerCase();
    const realName = input.realName ?? name;
    const user: EmulatedUser = {
      id: input.id,
      name,
      realName,
      displayName: input.displayName ?? realName,
      tz: input.tz ?? DEFAULT_TIME_ZONE,
      isBot: input.isBot ?? false,
      deleted: input.deleted ?? false,
      ...(input.email === undefined ? {} : { email: input.email }),
    };
    this.users.set(user.id, user);
    return user;
  }

  /** Adds or replaces a channel. The bot is a member unless `botIsMember: false`. */
  addChannel(input: NewChannel): EmulatedChannel {
    const members = [...(input.members ?? [])];
    if ((input.botIsMember ?? true) && !members.includes(this.botUserId)) {
      members.push(this.botUserId);
    }
    const channel: EmulatedChannel = {
      id: input.id,
      name: input.name,
      members,
      isPrivate: input.isPrivate ?? false,
    };
    this.channels.set(channel.id, channel);
    return channel;
  }

  user(id: string): EmulatedUser | undefined {
    return this.users.get(id);
  }

  channel(id: string): EmulatedChannel | undefined {
    return this.channels.get(id);
  }

  allUsers(): EmulatedUser[] {
    return [...this.users.values()];
  }

  allChannels(): EmulatedChannel[] {
    return [...this.channels.values()];
  }

  /** A stable DM channel id per user: U0ALICE → D0ALICE. */
  dmChannelId(userId: string): string {
    return `D${userId.slice(1)}`;
  }

  /**
   * Resolves a channel id, a DM id or a user id (posting to a user id posts to the DM,
   * as Slack does). Unknown ids give undefined.
   */
  resolveConversation(id: string): Conversation | undefined {
    const channel = this.channels.get(id);
    if (channel) return { kind: "channel", id, channel };
    const user = this.users.get(id) ?? this.userOfDm(id);
    if (user && !user.isBot) return { kind: "im", id: this.dmChannelId(user.id), userId: user.id };
    return undefined;
  }

  membersOf(conversation: Conversation): string[] {
    return conversation.kind === "channel"
      ? [...conversation.channel.members]
      : [conversation.userId, this.botUserId];
  }

  acceptToken(token: string): void {
    this.tokens.add(token);
  }

  rejectToken(token: string): void {
    this.tokens.delete(token);
  }

  /** Why a token would be refused, or undefined when Slack would accept it. */
  authFailure(token: string | undefined, kind: TokenKind = "bot"): AuthFailure | undefined {
    if (!token) return "not_authed";
    if (kind === "app") {
      if (!token.startsWith("xapp-")) return "not_allowed_token_type";
      return this.appTokens.has(token) ? undefined : "invalid_auth";
    }
    if (!token.startsWith("xoxb-") || !this.tokens.has(token)) return "invalid_auth";
    return undefined;
  }

  private userOfDm(channelId: string): EmulatedUser | undefined {
    if (!channelId.startsWith("D")) return undefined;
    return [...this.users.values()].find((user) => this.dmChannelId(user.id) === channelId);
  }
}
