import type { ConfirmationEntry } from "../../../src/services/confirmations/get-confirmation-request.ts";

/** A claimed co-led entry as the confirmation views receive it; override what a test needs. */
export function confirmationEntry(overrides: Partial<ConfirmationEntry> = {}): ConfirmationEntry {
  return {
    id: 1,
    trainee: { id: 10, slackUserId: "UTRAINEE" },
    kind: "coled",
    occurredOn: "2026-11-20",
    count: 1,
    hours: null,
    mode: null,
    format: null,
    state: "claimed",
    version: 1,
    counterpart: { id: 20, slackUserId: "UAHMED", accreditedOn: "2015-05-01" },
    confirmer: { id: 20, slackUserId: "UAHMED" },
    supervisorInstead: false,
    decidedBy: null,
    decidedAt: null,
    queryReason: null,
    requestChannel: "D1",
    requestTs: "1.000",
    ...overrides,
  };
}

export function textOf(value: unknown): string {
  return JSON.stringify(value);
}

/** Every action id in a list of blocks. */
export function actionIds(blocks: readonly unknown[] | undefined): string[] {
  return (blocks ?? []).flatMap((block) => {
    const elements = (block as { elements?: { action_id?: string }[] }).elements ?? [];
    return elements.flatMap((element) => (element.action_id ? [element.action_id] : []));
  });
}
