import { type Logger, LogLevel, webApi } from "@slack/bolt";
import { z } from "zod";

export const BOT_TOKEN = "xoxb-test";

/** Tests assert on results; the client's own logging is noise here. */
export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  setLevel: () => undefined,
  getLevel: () => LogLevel.ERROR,
  setName: () => undefined,
};

/** A real WebClient pointed at the emulator, without retries or chatter. */
export function webClientFor(slackApiUrl: string, token = BOT_TOKEN): webApi.WebClient {
  return new webApi.WebClient(token, {
    slackApiUrl,
    retryConfig: { retries: 0 },
    logger: silentLogger,
  });
}

/** The Slack `error` of a rejected WebClient call (or the rejection itself). */
export async function platformError(call: Promise<unknown>): Promise<unknown> {
  const error: unknown = await call.then(
    () => undefined,
    (rejection: unknown) => rejection,
  );
  const platform = z.object({ data: z.object({ error: z.string() }) }).safeParse(error);
  return platform.success ? platform.data.data.error : error;
}

/** A small modal with one text input, in the shape bots send to views.open. */
export function enquiryModal(overrides: Record<string, unknown> = {}) {
  return {
    type: "modal" as const,
    callback_id: "enquiry",
    private_metadata: JSON.stringify({ step: 1 }),
    title: { type: "plain_text" as const, text: "Enquiry" },
    submit: { type: "plain_text" as const, text: "Send" },
    blocks: [
      {
        type: "input",
        block_id: "name_block",
        label: { type: "plain_text" as const, text: "Your name" },
        element: { type: "plain_text_input", action_id: "name" },
      },
    ],
    ...overrides,
  };
}
