import type { RunningServer } from "./http-server.ts";
import { RESPONSE_URL_PATH } from "./model/response-urls.ts";
import type { EmulatorState } from "./model/state.ts";
import { applyViewSubmissionAnswer, type ViewSubmissionEffect } from "./model/view-submission.ts";
import type { FoundView } from "./model/views.ts";
import type { Workspace } from "./model/workspace.ts";
import type { SocketModeHub } from "./socket-mode/hub.ts";
import type {
  EmulatedChannel,
  EmulatedFile,
  EmulatedMessage,
  EmulatedUser,
  EmulatedView,
  EphemeralMessage,
  FailureOptions,
  NewChannel,
  NewUser,
  RecordedCall,
  ResponseUrlOrigin,
  ResponseUrlPost,
} from "./types.ts";

const POLL_INTERVAL_MS = 10;
const DEFAULT_WAIT_MS = 2_000;

/** A running fake Slack: point a WebClient or Bolt at `url`, then inspect what the bot did. */
export class SlackEmulator {
  /** Base URL for `slackApiUrl`, ending in "/api/". */
  readonly url: string;
  /** e.g. "http://127.0.0.1:54321". */
  readonly baseUrl: string;

  constructor(
    private readonly state: EmulatorState,
    private readonly server: RunningServer,
  ) {
    this.baseUrl = server.baseUrl;
    this.url = `${server.baseUrl}/api/`;
  }

  get workspace(): Workspace {
    return this.state.workspace;
  }

  /** Slack's Socket Mode side: envelopes, acks, reconnect requests, dropped sockets. */
  get socketMode(): SocketModeHub {
    return this.state.socketMode;
  }

  /** The emulator's clock, in milliseconds. */
  now(): number {
    return this.state.nowMs();
  }

  // --- what the bot did -------------------------------------------------

  get calls(): RecordedCall[] {
    return this.state.calls.all();
  }

  callsTo(method: string): RecordedCall[] {
    return this.state.calls.to(method);
  }

  /** Messages in a channel or DM, oldest first, with updates applied and deletions removed. */
  messagesIn(channelId: string): EmulatedMessage[] {
    return this.state.messages.in(channelId);
  }

  message(channelId: string, ts: string): EmulatedMessage | undefined {
    return this.state.messages.find(channelId, ts);
  }

  /** Files shared with files.uploadV2, with their bytes, oldest first. */
  get files(): EmulatedFile[] {
    return this.state.files.all();
  }

  file(fileId: string): EmulatedFile | undefined {
    return this.state.files.find(fileId);
  }

  ephemeralsFor(userId: string): EphemeralMessage[] {
    return this.state.messages.ephemeralsFor(userId);
  }

  ephemeral(channelId: string, ts: string): EphemeralMessage | undefined {
    return this.state.messages.findEphemeral(channelId, ts);
  }

  get responseUrlPosts(): ResponseUrlPost[] {
    return this.state.responseUrls.all();
  }

  /** The user's open modal stack, bottom first (empty when no modal is open). */
  openViews(userId: string): EmulatedView[] {
    return this.state.views.stack(userId);
  }

  /** The user's Home tab as last published. */
  homeView(userId: string): EmulatedView | undefined {
    return this.state.views.home(userId);
  }

  findView(viewId: string): FoundView | undefined {
    return this.state.views.find(viewId);
  }

  /** Resolves with the first recorded call that matches; bots call Slack after they ack. */
  waitFor(
    predicate: (call: RecordedCall) => boolean,
    timeoutMs = DEFAULT_WAIT_MS,
  ): Promise<RecordedCall> {
    return this.waitUntil(
      () => this.state.calls.all().find(predicate),
      timeoutMs,
      () => {
        const methods = this.state.calls.all().map((call) => call.method);
        return `no matching call; calls so far: ${methods.join(", ") || "none"}`;
      },
    );
  }

  /** Polls `probe` until it returns something other than undefined/false. */
  async waitUntil<T>(
    probe: () => T | undefined | false,
    timeoutMs = DEFAULT_WAIT_MS,
    describe: () => string = () => "condition not met",
  ): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = probe();
      if (value !== undefined && value !== false) return value;
      if (Date.now() >= deadline) {
        throw new Error(`emulator.waitUntil timed out after ${timeoutMs} ms: ${describe()}`);
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
    }
  }

  // --- shaping the workspace and the next answers ---------------------------

  addUser(user: NewUser): EmulatedUser {
    return this.state.workspace.addUser(user);
  }

  addChannel(channel: NewChannel): EmulatedChannel {
    return this.state.workspace.addChannel(channel);
  }

  /** A message a person typed in a channel or DM (Slack's clients post these, not the bot). */
  postAsUser(input: {
    userId: string;
    channelId: string;
    text: string;
    ts?: string;
    /** A reply in this thread. */
    threadTs?: string;
    /** A file the person shares with the message: theirs, so the bot cannot delete it. */
    file?: { name: string; bytes: Buffer };
  }): EmulatedMessage {
    const shared = input.file && this.shareFileAs(input.userId, input.channelId, input.file);
    return this.state.messages.post({
      channel: input.channelId,
      ts: input.ts ?? this.nextTs(),
      text: input.text,
      blocks: [],
      user: input.userId,
      botId: "",
      source: "user",
      ...(input.threadTs === undefined ? {} : { threadTs: input.threadTs }),
      ...(shared ? { files: [shared] } : {}),
    });
  }

  private shareFileAs(userId: string, channelId: string, file: { name: string; bytes: Buffer }) {
    const { files, ids } = this.state;
    const id = ids.nextFileId();
    files.begin(id, file.name, file.bytes.length);
    files.receive(id, file.bytes);
    const done = files.complete(id, {
      title: file.name,
      user: userId,
      created: Math.floor(this.state.nowMs() / 1000),
      channels: [channelId],
    });
    if (!done) throw new Error("the emulator could not share the file");
    return { id, name: done.name, title: done.title, size: done.size };
  }

  dmChannelFor(userId: string): string {
    return this.state.workspace.dmChannelId(userId);
  }

  acceptToken(token: string): void {
    this.state.workspace.acceptToken(token);
  }

  /** Calls with this token now get `invalid_auth`, as after an app is uninstalled. */
  rejectToken(token: string): void {
    this.state.workspace.rejectToken(token);
  }

  /** The next call(s) to `method` answer `{ ok: false, error }` without doing anything. */
  failNext(method: string, error: string, options?: FailureOptions): void {
    this.state.failures.add(method, error, options);
  }

  /** The next call(s) to `method` are answered only after `delayMs`, as from a slow Slack. */
  slowNext(method: string, delayMs: number, times = 1): void {
    this.state.slowness.add(method, delayMs, times);
  }

  /** How many calls to `method` a `slowNext` is holding back now: the bot is waiting on them. */
  heldCalls(method: string): number {
    return this.state.slowness.held(method);
  }

  // --- used by the driver (and the sandbox) to play Slack's side --------------

  issueTriggerId(userId: string): string {
    return this.state.triggers.issue(userId);
  }

  issueResponseUrl(origin: ResponseUrlOrigin): string {
    return `${this.baseUrl}${RESPONSE_URL_PATH}${this.state.responseUrls.issue(origin)}`;
  }

  /** Applies the bot's HTTP answer to a view_submission to the user's modal stack. */
  applyViewSubmissionAnswer(userId: string, viewId: string, answer: unknown): ViewSubmissionEffect {
    return applyViewSubmissionAnswer(this.state.views, userId, viewId, answer);
  }

  /** The user closes a modal (and anything pushed above it). */
  closeView(userId: string, viewId: string): void {
    this.state.views.close(userId, viewId);
  }

  nextEventId(): string {
    return this.state.ids.nextEventId();
  }

  nextTs(): string {
    return this.state.ids.nextTs();
  }

  // --- lifecycle ---------------------------------------------------------------

  /** Forgets calls, messages, views and queued failures; `workspace: true` restores the seed too. */
  reset(options: { workspace?: boolean } = {}): void {
    this.state.reset(options);
  }

  close(): Promise<void> {
    this.state.socketMode.close();
    return this.server.close();
  }
}
