import type { PageState } from "../server/page-state.ts";

/** What the sandbox server answers to the page's calls. */
export interface Outcome {
  ok: boolean;
  error?: string;
  reply?: string;
  errors?: Record<string, string>;
}

export async function fetchState(userId: string, view: string): Promise<PageState> {
  const query = new URLSearchParams({ as: userId, view });
  const response = await fetch(`/sandbox/state?${query}`, { cache: "no-store" });
  if (!response.ok) throw new Error(`The sandbox answered HTTP ${response.status}`);
  return (await response.json()) as PageState;
}

export async function act(name: string, body: Record<string, unknown>): Promise<Outcome> {
  try {
    const response = await fetch(`/sandbox/${name}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    return (await response.json()) as Outcome;
  } catch (error) {
    return { ok: false, error: `The sandbox is not answering: ${String(error)}` };
  }
}
