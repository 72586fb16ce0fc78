import type { HttpAnswer } from "../methods/index.ts";
import type { EmulatorState } from "./state.ts";

/** Where files.getUploadURLExternal sends the bytes: `POST /upload/<file id>`. */
export const UPLOAD_PATH = "/upload/";

/**
 * Step 2 of files.uploadV2: the bytes, posted raw or as multipart form data (the Web API client
 * sends one file part). Answers 200 "OK - <length>" as Slack does, 404 for an unknown id.
 */
export async function answerUploadPost(
  state: EmulatorState,
  fileId: string,
  request: { bytes: Buffer; contentType: string | undefined; authorization: string | undefined },
): Promise<HttpAnswer> {
  const bearer = /^Bearer\s+(\S+)$/i.exec(request.authorization ?? "")?.[1];
  if (state.workspace.authFailure(bearer)) {
    return { status: 401, headers: {}, body: { ok: false, error: "invalid_auth" } };
  }
  const bytes = await fileBytes(request);
  if (!bytes || !state.files.receive(fileId, bytes)) {
    return { status: 404, headers: {}, body: { ok: false, error: "file_not_found" } };
  }
  return { status: 200, headers: {}, body: `OK - ${bytes.length}` };
}

async function fileBytes(request: {
  bytes: Buffer;
  contentType: string | undefined;
}): Promise<Buffer | undefined> {
  if (!request.contentType?.toLowerCase().startsWith("multipart/form-data")) return request.bytes;
  const form = await new Request("http://emulator.invalid/", {
    method: "POST",
    headers: { "content-type": request.contentType },
    body: new Uint8Array(request.bytes),
  }).formData();
  const parts: Blob[] = [];
  form.forEach((value) => {
    if (typeof value !== "string") parts.push(value);
  });
  const [first] = parts;
  return first ? Buffer.from(await first.arrayBuffer()) : undefined;
}
