import type { SlackEmulator } from "../../emulator/index.ts";
import type { FeedItem } from "../render/message.ts";

interface CommandEcho {
  userId: string;
  channel: string;
  ts: string;
  text: string;
}

/** What a person sees in one conversation: the bot's posts, their private replies and commands. */
export class Feed {
  private echoes: CommandEcho[] = [];

  constructor(
    private readonly emulator: SlackEmulator,
    private readonly appName: string,
  ) {}

  /** Remembers a command the person typed, shown (to them only) where they typed it. */
  recordCommand(userId: string, channel: string, text: string): void {
    this.echoes.push({ userId, channel, ts: this.emulator.nextTs(), text });
  }

  itemsFor(userId: string, channel: string): FeedItem[] {
    const author = this.appName;
    const posted = this.emulator.messagesIn(channel).map(
      (message): FeedItem => ({
        kind: "message",
        channel,
        ts: message.ts,
        text: message.text,
        blocks: message.blocks,
        author,
        edited: message.editedTs !== undefined,
        ...(message.files ? { files: message.files } : {}),
      }),
    );
    const privateReplies = this.emulator
      .ephemeralsFor(userId)
      .filter((message) => message.channel === channel)
      .map(
        (message): FeedItem => ({
          kind: "ephemeral",
          channel,
          ts: message.ts,
          text: message.text,
          blocks: message.blocks,
          author,
        }),
      );
    const name = this.emulator.workspace.user(userId)?.realName ?? userId;
    const commands = this.echoes
      .filter((echo) => echo.userId === userId && echo.channel === channel)
      .map(
        (echo): FeedItem => ({
          kind: "command",
          channel,
          ts: echo.ts,
          text: echo.text,
          blocks: [],
          author: name,
        }),
      );
    return [...posted, ...privateReplies, ...commands].sort((a, b) => compareTs(a.ts, b.ts));
  }

  /** The newest thing from the bot in a conversation, for the sidebar's unread marks. */
  latestFor(userId: string, channel: string): string {
    const items = this.itemsFor(userId, channel).filter((item) => item.kind !== "command");
    return items.at(-1)?.ts ?? "";
  }
}

/** Slack timestamps in order: seconds, then microseconds. */
export function compareTs(a: string, b: string): number {
  const [aSeconds = 0, aMicros = 0] = a.split(".").map(Number);
  const [bSeconds = 0, bMicros = 0] = b.split(".").map(Number);
  return aSeconds - bSeconds || aMicros - bMicros;
}
