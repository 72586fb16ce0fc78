import { type IncomingRequest, startHttpServer } from "./http-server.ts";
import { answerWebApiCall, type HttpAnswer } from "./methods/index.ts";
import { answerUploadPost, UPLOAD_PATH } from "./model/files-upload.ts";
import { RESPONSE_URL_PATH } from "./model/response-urls.ts";
import { EmulatorState } from "./model/state.ts";
import { answerResponseUrlPost } from "./response-url.ts";
import { SlackEmulator } from "./slack-emulator.ts";
import type { SlackEmulatorOptions } from "./types.ts";

const API_PATH = "/api/";

/**
 * Starts a local fake Slack on 127.0.0.1 (a random port unless `port` is given).
 * `POST /api/<method>` answers like the Web API; `POST /response_url/<id>` takes response_url posts;
 * `GET /link/?ticket=…` upgrades to a Socket Mode WebSocket (the URL apps.connections.open gives).
 */
export async function startSlackEmulator(
  options: SlackEmulatorOptions = {},
): Promise<SlackEmulator> {
  const state = new EmulatorState(options);
  const route = async (request: IncomingRequest): Promise<HttpAnswer> => {
    if (request.path.startsWith(API_PATH)) {
      const method = request.path.slice(API_PATH.length);
      await state.slowness.wait(method);
      return answerWebApiCall(state, method, {
        rawBody: request.rawBody,
        contentType: header(request, "content-type"),
        authorization: header(request, "authorization"),
        query: request.query,
      });
    }
    if (request.path.startsWith(RESPONSE_URL_PATH) && request.method === "POST") {
      const id = request.path.slice(RESPONSE_URL_PATH.length);
      return answerResponseUrlPost(state, id, request.rawBody);
    }
    if (request.path.startsWith(UPLOAD_PATH) && request.method === "POST") {
      return answerUploadPost(state, request.path.slice(UPLOAD_PATH.length), {
        bytes: request.bytes,
        contentType: header(request, "content-type"),
        authorization: header(request, "authorization"),
      });
    }
    return { status: 404, headers: {}, body: { ok: false, error: "not_found" } };
  };
  const server = await startHttpServer(route, {
    ...(options.port === undefined ? {} : { port: options.port }),
    ...(options.host === undefined ? {} : { host: options.host }),
  });
  state.baseUrl = server.baseUrl;
  state.socketMode.attach(server.httpServer, server.baseUrl);
  return new SlackEmulator(state, server);
}

function header(request: IncomingRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export type { SlackEmulator };
