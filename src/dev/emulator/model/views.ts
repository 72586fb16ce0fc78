import { withGeneratedIds } from "../blocks.ts";
import type { EmulatedView } from "../types.ts";
import type { IdSource } from "./ids.ts";
import { VIEW_LIMITS, type ViewInput } from "./view-input.ts";
import type { Workspace } from "./workspace.ts";

export type ViewResult = { ok: true; view: EmulatedView } | { ok: false; error: string };

export interface FoundView {
  view: EmulatedView;
  userId: string;
  kind: "modal" | "home";
}

/** Each user's modal stack (bottom first) and Home tab. */
export class ViewStore {
  private stacks = new Map<string, EmulatedView[]>();
  private homes = new Map<string, EmulatedView>();

  constructor(
    private readonly workspace: Workspace,
    private readonly ids: IdSource,
  ) {}

  /** views.open: a new modal stack for the user. */
  open(userId: string, input: ViewInput): ViewResult {
    if (input.type !== "modal") return { ok: false, error: "invalid_arguments" };
    if (this.externalIdTaken(input.external_id))
      return { ok: false, error: "duplicate_external_id" };
    const view = this.build(input, this.ids.nextViewId(), null);
    this.stacks.set(userId, [view]);
    return { ok: true, view };
  }

  /** views.push: on top of the user's stack, at most three deep. */
  push(userId: string, input: ViewInput): ViewResult {
    if (input.type !== "modal") return { ok: false, error: "invalid_arguments" };
    const stack = this.stacks.get(userId) ?? [];
    if (stack.length >= VIEW_LIMITS.stackDepth) return { ok: false, error: "push_limit_reached" };
    if (this.externalIdTaken(input.external_id))
      return { ok: false, error: "duplicate_external_id" };
    const top = stack.at(-1);
    const view = this.build(input, this.ids.nextViewId(), top ?? null);
    this.stacks.set(userId, [...stack, view]);
    return { ok: true, view };
  }

  /** views.update: same id, new content and hash; a stale `hash` is a conflict. */
  update(
    target: { viewId?: string; externalId?: string },
    input: ViewInput,
    hash?: string,
  ): ViewResult {
    const found = target.viewId
      ? this.find(target.viewId)
      : this.findByExternalId(target.externalId ?? "");
    if (!found) return { ok: false, error: "not_found" };
    if (hash !== undefined && hash !== found.view.hash) {
      return { ok: false, error: "hash_conflict" };
    }
    const view = this.rebuild(found.view, input);
    this.replace(found, view);
    return { ok: true, view };
  }

  /** views.publish: the user's Home tab. */
  publish(userId: string, input: ViewInput, hash?: string): ViewResult {
    if (input.type !== "home") return { ok: false, error: "invalid_arguments" };
    const current = this.homes.get(userId);
    if (current && hash !== undefined && hash !== current.hash) {
      return { ok: false, error: "hash_conflict" };
    }
    const view = current
      ? this.rebuild(current, input)
      : this.build(input, this.ids.nextViewId(), null);
    this.homes.set(userId, view);
    return { ok: true, view };
  }

  /** Closes a modal and anything pushed above it. */
  close(userId: string, viewId: string): void {
    const stack = this.stacks.get(userId) ?? [];
    const index = stack.findIndex((view) => view.id === viewId);
    if (index >= 0) this.setStack(userId, stack.slice(0, index));
  }

  clear(userId: string): void {
    this.stacks.delete(userId);
  }

  stack(userId: string): EmulatedView[] {
    return [...(this.stacks.get(userId) ?? [])];
  }

  home(userId: string): EmulatedView | undefined {
    return this.homes.get(userId);
  }

  find(viewId: string): FoundView | undefined {
    for (const [userId, stack] of this.stacks) {
      const view = stack.find((candidate) => candidate.id === viewId);
      if (view) return { view, userId, kind: "modal" };
    }
    for (const [userId, view] of this.homes) {
      if (view.id === viewId) return { view, userId, kind: "home" };
    }
    return undefined;
  }

  reset(): void {
    this.stacks.clear();
    this.homes.clear();
  }

  private findByExternalId(externalId: string): FoundView | undefined {
    if (!externalId) return undefined;
    for (const [userId, stack] of this.stacks) {
      const view = stack.find((candidate) => candidate.external_id === externalId);
      if (view) return { view, userId, kind: "modal" };
    }
    return undefined;
  }

  private externalIdTaken(externalId: string | undefined): boolean {
    return externalId !== undefined && externalId !== "" && !!this.findByExternalId(externalId);
  }

  private replace(found: FoundView, view: EmulatedView): void {
    if (found.kind === "home") {
      this.homes.set(found.userId, view);
      return;
    }
    const stack = this.stack(found.userId).map((old) => (old.id === view.id ? view : old));
    this.setStack(found.userId, stack);
  }

  private setStack(userId: string, stack: EmulatedView[]): void {
    if (stack.length === 0) this.stacks.delete(userId);
    else this.stacks.set(userId, stack);
  }

  private rebuild(old: EmulatedView, input: ViewInput): EmulatedView {
    const view = this.build(input, old.id, null);
    return { ...view, root_view_id: old.root_view_id, previous_view_id: old.previous_view_id };
  }

  private build(input: ViewInput, id: string, previous: EmulatedView | null): EmulatedView {
    const { type, title, close, submit, blocks, ...rest } = input;
    return {
      ...rest,
      id,
      team_id: this.workspace.teamId,
      app_installed_team_id: this.workspace.teamId,
      app_id: this.workspace.appId,
      bot_id: this.workspace.botId,
      type,
      title: title ?? { type: "plain_text", text: "View Title" },
      close: close ?? null,
      submit: submit ?? null,
      blocks: withGeneratedIds(blocks),
      private_metadata: input.private_metadata ?? "",
      callback_id: input.callback_id ?? "",
      external_id: input.external_id ?? "",
      state: { values: {} },
      hash: this.ids.nextHash(),
      clear_on_close: input.clear_on_close ?? false,
      notify_on_close: input.notify_on_close ?? false,
      root_view_id: type === "modal" ? (previous?.root_view_id ?? id) : null,
      previous_view_id: previous?.id ?? null,
    };
  }
}
