import type { ClickContainer, SlackDriver, SlackEmulator } from "../../emulator/index.ts";
import { DEMO_PEOPLE_LIST } from "../demo/demo-society.ts";
import type { Feed } from "./feed.ts";
import { escapeMentions } from "./mentions.ts";

/** The people a typed `@name` can mean: by handle or by real name. */
const MENTIONABLE = DEMO_PEOPLE_LIST.map((person) => ({
  id: person.id,
  handle: person.name,
  names: [person.realName],
}));

export type Outcome = { ok: true; reply?: string } | { ok: false; error: string };
export type SubmitOutcome = Outcome | { ok: false; errors: Record<string, string> };
export type FormValues = Record<string, string | string[] | null>;

/**
 * Everything a person does on the page, played to the bot as Slack would: signed slash commands,
 * clicks, submissions and App Home events, through the emulator's driver.
 */
export class SandboxActions {
  constructor(
    private readonly driver: SlackDriver,
    private readonly emulator: SlackEmulator,
    private readonly feed: Feed,
    private readonly command: string,
  ) {}

  /** `/balint …` as typed: `@name` becomes Slack's escaped mention; the reply shows privately. */
  async slashCommand(input: { userId: string; channelId: string; text: string }): Promise<Outcome> {
    const typed = input.text.trim();
    const name = typed.split(/\s/, 1)[0] ?? "";
    if (name !== this.command) {
      const error = name.startsWith("/")
        ? `Only ${this.command} is installed here, e.g. ${this.command} help`
        : `Type a command, e.g. ${this.command} help`;
      return { ok: false, error };
    }
    const words = typed.slice(name.length).trim();
    const text = escapeMentions(words, MENTIONABLE);
    this.feed.recordCommand(input.userId, input.channelId, typed);
    const response = await this.driver.slashCommand({
      userId: input.userId,
      channelId: input.channelId,
      command: this.command,
      text,
    });
    if (response.status !== 200) {
      return {
        ok: false,
        error: `${this.command} failed: the app answered HTTP ${response.status}`,
      };
    }
    await this.showAcknowledgement(input.userId, input.channelId, response.body);
    return { ok: true, ...replyText(response.body) };
  }

  async click(input: {
    userId: string;
    actionId: string;
    blockId: string;
    container: ClickContainer;
    values?: FormValues;
  }): Promise<Outcome> {
    const response = await this.driver.clickButton({
      userId: input.userId,
      actionId: input.actionId,
      blockId: input.blockId,
      container: input.container,
      ...(input.values ? { values: input.values } : {}),
    });
    return response.status === 200
      ? { ok: true }
      : { ok: false, error: `The app answered the click with HTTP ${response.status}` };
  }

  async submit(input: {
    userId: string;
    viewId: string;
    values: FormValues;
  }): Promise<SubmitOutcome> {
    const response = await this.driver.submitView(input);
    if (response.status !== 200) {
      return { ok: false, error: `The app answered the form with HTTP ${response.status}` };
    }
    const effect = response.viewEffect;
    if (effect?.kind === "errors") return { ok: false, errors: effect.errors };
    if (effect?.kind === "rejected") {
      return {
        ok: false,
        error: `Slack would refuse the app's answer: ${effect.reason.join("; ")}`,
      };
    }
    return { ok: true };
  }

  async close(input: { userId: string; viewId: string }): Promise<Outcome> {
    await this.driver.closeView(input);
    return { ok: true };
  }

  /** A shortcut from the lightning menu, or from a message's "More actions" when `message` is set. */
  async shortcut(input: {
    userId: string;
    callbackId: string;
    message?: { channelId: string; messageTs: string };
  }): Promise<Outcome> {
    const response = input.message
      ? await this.driver.messageShortcut({
          userId: input.userId,
          callbackId: input.callbackId,
          ...input.message,
        })
      : await this.driver.globalShortcut({ userId: input.userId, callbackId: input.callbackId });
    return response.status === 200
      ? { ok: true }
      : { ok: false, error: `The app answered the shortcut with HTTP ${response.status}` };
  }

  async openHome(userId: string): Promise<Outcome> {
    const response = await this.driver.openHome({ userId });
    return response.status === 200
      ? { ok: true }
      : { ok: false, error: `The app answered app_home_opened with HTTP ${response.status}` };
  }

  /**
   * A command's HTTP answer is shown by Slack as a message: privately, or in the channel for
   * `in_channel`. The emulator shows it the same way when it arrives on a response_url.
   */
  private async showAcknowledgement(
    userId: string,
    channelId: string,
    body: unknown,
  ): Promise<void> {
    const message =
      typeof body === "string" ? (body.trim() ? { text: body } : undefined) : asMessage(body);
    if (!message) return;
    const url = this.emulator.issueResponseUrl({ userId, channelId });
    await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(message),
    });
  }
}

function asMessage(body: unknown): Record<string, unknown> | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const { text, blocks, response_type } = body as Record<string, unknown>;
  if (text === undefined && blocks === undefined) return undefined;
  return { text, blocks, response_type };
}

function replyText(body: unknown): { reply?: string } {
  const text = typeof body === "string" ? body : asMessage(body)?.text;
  return typeof text === "string" && text ? { reply: text } : {};
}
