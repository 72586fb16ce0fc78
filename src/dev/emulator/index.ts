export type { LocatedElement } from "./blocks.ts";
export { findElement } from "./blocks.ts";
export type { ClickContainer, SentPayload, SlackDriver, SlackDriverOptions } from "./driver.ts";
export { createSlackDriver } from "./driver.ts";
export type { ViewSubmissionEffect } from "./model/view-submission.ts";
export type { FoundView } from "./model/views.ts";
export { DEFAULT_TEAM, type Workspace } from "./model/workspace.ts";
export * from "./payloads.ts";
export type { DriverResponse, RawSlackRequest } from "./signed-request.ts";
export { FORM_CONTENT_TYPE, JSON_CONTENT_TYPE } from "./signed-request.ts";
export { signedHeaders, slackSignature } from "./signing.ts";
export type { SlackEmulator } from "./slack-emulator.ts";
export type { AckFailure, AckFailureKind, AckResult } from "./socket-mode/deliveries.ts";
export type {
  AckFrame,
  DisconnectFrame,
  EnvelopeFrame,
  EnvelopeType,
  HelloFrame,
} from "./socket-mode/frames.ts";
export { ACK_TIMEOUT_MS, LINK_PATH, type SocketModeHub } from "./socket-mode/hub.ts";
export type * from "./types.ts";
export {
  buildViewStateValues,
  type SelectedOption,
  type SimpleViewValue,
  type ViewStateValue,
  type ViewStateValues,
} from "./view-values.ts";
export { startSlackEmulator } from "./web-api.ts";
