import { SocketModeHub } from "../socket-mode/hub.ts";
import type { SlackEmulatorOptions } from "../types.ts";
import { CallLog, FailurePlan } from "./calls.ts";
import { FileStore } from "./files.ts";
import { IdSource } from "./ids.ts";
import { MessageStore } from "./messages.ts";
import { ResponseUrlStore } from "./response-urls.ts";
import { SlownessPlan } from "./slowness.ts";
import { TriggerStore } from "./triggers.ts";
import { ViewStore } from "./views.ts";
import { Workspace } from "./workspace.ts";

/** Everything the emulator knows and remembers; the HTTP layer only reads and changes this. */
export class EmulatorState {
  readonly nowMs: () => number;
  readonly ids: IdSource;
  readonly workspace: Workspace;
  readonly calls = new CallLog();
  readonly failures = new FailurePlan();
  readonly slowness = new SlownessPlan();
  readonly messages = new MessageStore();
  readonly files = new FileStore();
  /** The emulator's own address ("http://127.0.0.1:port"), once it listens: upload URLs use it. */
  baseUrl = "";
  readonly views: ViewStore;
  readonly triggers: TriggerStore;
  readonly responseUrls: ResponseUrlStore;
  readonly socketMode: SocketModeHub;

  constructor(options: SlackEmulatorOptions = {}) {
    this.nowMs = options.nowMs ?? Date.now;
    this.ids = new IdSource(this.nowMs);
    this.workspace = new Workspace(options.workspace);
    this.views = new ViewStore(this.workspace, this.ids);
    this.triggers = new TriggerStore(this.ids, this.nowMs, options.triggerTtlMs);
    this.responseUrls = new ResponseUrlStore(this.ids);
    this.socketMode = new SocketModeHub({
      appId: () => this.workspace.appId,
      nowMs: this.nowMs,
      ...(options.socketModeAckTimeoutMs === undefined
        ? {}
        : { ackTimeoutMs: options.socketModeAckTimeoutMs }),
    });
  }

  /**
   * Forgets calls, messages, views, triggers and failures; `workspace: true` also restores the
   * seed. Ids keep counting so that ids from before a reset never point at new things.
   */
  reset(options: { workspace?: boolean } = {}): void {
    this.calls.reset();
    this.failures.reset();
    this.slowness.reset();
    this.messages.reset();
    this.files.reset();
    this.views.reset();
    this.triggers.reset();
    this.responseUrls.reset();
    this.socketMode.forgetFailures();
    if (options.workspace) this.workspace.restore();
  }
}
