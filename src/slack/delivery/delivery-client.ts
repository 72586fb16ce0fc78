import { stringify } from "node:querystring";
import {
  type Logger,
  type WebAPICallResult,
  WebAPIHTTPError,
  WebAPIPlatformError,
  WebAPIRateLimitedError,
  WebAPIRequestError,
  WebClient,
} from "@slack/web-api";
import { fetchOverHttp, slackFetch } from "../slack-fetch.ts";

const USER_AGENT = `balint-pathway node/${process.versions.node}`;

export interface DeliveryClientOptions {
  logger: Logger;
  /** One call may take this long before it fails (its outcome unknown). */
  timeoutMs: number;
  slackApiUrl?: string | undefined;
}

/**
 * The outbox's Web API client: a WebClient whose every call is one POST, answered or failed at
 * once, for the outbox to pace and retry. Failures are WebClient's own errors: a rate limit is a
 * `WebAPIRateLimitedError`, an outage a `WebAPIHTTPError` or `WebAPIRequestError`, a refusal a
 * `WebAPIPlatformError`. WebClient's `apiCall` builds debug lines from every request and answer
 * even when they are not printed: 0.1–0.3 ms of CPU for each update of a confirmer's DM of 8 to 30
 * blocks, on top of about 0.4–0.7 ms for the call itself. File uploads keep WebClient's road.
 */
export class DeliveryClient extends WebClient {
  readonly #options: DeliveryClientOptions;

  constructor(token: string, options: DeliveryClientOptions) {
    super(token, {
      logger: options.logger,
      timeout: options.timeoutMs,
      rejectRateLimitedCalls: true,
      retryConfig: { retries: 0 },
      fetch: slackFetch,
      ...(options.slackApiUrl ? { slackApiUrl: options.slackApiUrl } : {}),
    });
    this.#options = options;
  }

  override async apiCall(
    method: string,
    options: Record<string, unknown> = {},
  ): Promise<WebAPICallResult> {
    const fields = Object.entries(options).filter(([, value]) => value != null);
    if (method === "files.uploadV2" || fields.some(([, value]) => Buffer.isBuffer(value))) {
      return super.apiCall(method, options);
    }
    const form = stringify(
      Object.fromEntries(
        fields.map(([name, value]) => [
          name,
          typeof value === "object" ? JSON.stringify(value) : value,
        ]),
      ) as Record<string, string | number | boolean>,
    );
    const response = await fetchOverHttp(
      `${this.slackApiUrl}${method}`,
      {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          accept: "application/json",
          "user-agent": USER_AGENT,
          ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        },
        body: form,
      },
      this.#options.timeoutMs,
    ).catch((error: unknown) => {
      throw new WebAPIRequestError(error instanceof Error ? error : new Error(String(error)));
    });
    const retryAfter = Number.parseInt(response.headers.get("retry-after") ?? "", 10);
    if (response.status === 429 && retryAfter >= 0) throw new WebAPIRateLimitedError(retryAfter);
    if (response.status !== 200) {
      throw new WebAPIHTTPError(
        response.status,
        response.statusText,
        Object.fromEntries(response.headers.entries()),
        await response.text(),
      );
    }
    const result = (await response.json()) as WebAPICallResult;
    for (const code of result.response_metadata?.warnings ?? []) {
      this.#options.logger.warn("Slack answered with a warning", { method, code });
    }
    if (!result.ok) throw new WebAPIPlatformError(result as WebAPICallResult & { error: string });
    return result;
  }
}
