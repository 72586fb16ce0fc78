import { randomBytes } from "node:crypto";
import type { Logger } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import { AppError } from "../../domain/app-error.ts";
import { slackFetch } from "../slack-fetch.ts";
import { userMessage } from "../user-message.ts";

/** The error a listener threw, unwrapped from Bolt's UnknownError. */
export function originalError(error: Error): Error {
  return "original" in error && error.original instanceof Error ? error.original : error;
}

/** A short id that the user can quote and that appears in the log line. */
export function newReference(): string {
  return randomBytes(4).toString("hex").toUpperCase();
}

export function friendlyFailure(reference: string): string {
  return `Sorry, something went wrong on our side. If it happens again, tell an admin and quote reference ${reference}.`;
}

/** What Bolt's extended error handler receives (the type itself is not exported by Bolt). */
export interface ErrorHandlerArgs {
  error: Error;
  logger: Logger;
  body: unknown;
}

/**
 * Bolt's one global error hook. A user error (AppError) shows its own message; anything else shows
 * a friendly message with a reference, and the log gets the details (never the request body).
 */
export async function handleListenerError(
  client: WebClient,
  command: string,
  { error, logger, body }: ErrorHandlerArgs,
): Promise<void> {
  const cause = originalError(error);
  let text: string;
  if (cause instanceof AppError) {
    logger.info("Refused a request", { code: cause.code, ...cause.details });
    text = userMessage(cause, command);
  } else {
    const reference = newReference();
    logger.error("A listener failed", {
      reference,
      error: cause.name,
      message: cause.message,
      stack: cause.stack,
    });
    text = friendlyFailure(reference);
  }
  await tellUser(client, body, text).catch((deliveryError: unknown) =>
    logger.error("Could not tell the user about an error", { error: String(deliveryError) }),
  );
}

async function tellUser(client: WebClient, body: unknown, text: string): Promise<void> {
  const request = readRequest(body);
  if (request.responseUrl) {
    const answer = await slackFetch(request.responseUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ response_type: "ephemeral", replace_original: false, text }),
      signal: AbortSignal.timeout(5_000),
    });
    // An expired response_url answers 404: logged by the caller, like a failed post.
    if (!answer.ok) throw new Error(`response_url answered ${answer.status}`);
    return;
  }
  if (!request.userId) return;
  const dm = await client.conversations.open({ users: request.userId });
  if (dm.channel?.id) await client.chat.postMessage({ channel: dm.channel.id, text });
}

function readRequest(body: unknown): { responseUrl?: string; userId?: string } {
  if (typeof body !== "object" || body === null) return {};
  const record = body as Record<string, unknown>;
  const user = record.user as { id?: unknown } | undefined;
  const responseUrls = record.response_urls as { response_url?: unknown }[] | undefined;
  const responseUrl =
    typeof record.response_url === "string"
      ? record.response_url
      : typeof responseUrls?.[0]?.response_url === "string"
        ? responseUrls[0].response_url
        : undefined;
  const userId =
    typeof record.user_id === "string"
      ? record.user_id
      : typeof user?.id === "string"
        ? user.id
        : undefined;
  return { ...(responseUrl ? { responseUrl } : {}), ...(userId ? { userId } : {}) };
}
