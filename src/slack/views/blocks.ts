import type {
  ActionsBlock,
  Button,
  ContextBlock,
  DividerBlock,
  HeaderBlock,
  PlainTextElement,
  SectionBlock,
} from "@slack/types";
import { FORMER_MEMBER, isErasedUserId } from "../../domain/former-member.ts";
import { SLACK_LIMITS, truncate } from "./limits.ts";
import { escapeMrkdwn, isSlackUserId } from "./mrkdwn.ts";

/** Small Block Kit constructors that keep text within Slack's limits. */
export function plain(text: string, limit: number = SLACK_LIMITS.sectionText): PlainTextElement {
  return { type: "plain_text", text: truncate(text, limit), emoji: true };
}

export function header(text: string): HeaderBlock {
  return { type: "header", text: plain(text, SLACK_LIMITS.headerText) };
}

export function section(markdown: string, accessory?: Button): SectionBlock {
  return {
    type: "section",
    text: { type: "mrkdwn", text: truncate(markdown, SLACK_LIMITS.sectionText) },
    ...(accessory ? { accessory } : {}),
  };
}

export function fields(pairs: readonly (readonly [string, string])[]): SectionBlock {
  return {
    type: "section",
    fields: pairs.slice(0, SLACK_LIMITS.sectionFields).map(([label, value]) => ({
      type: "mrkdwn" as const,
      text: truncate(`*${label}*\n${value}`, SLACK_LIMITS.fieldText),
    })),
  };
}

export function context(...lines: string[]): ContextBlock {
  return {
    type: "context",
    elements: lines
      .slice(0, SLACK_LIMITS.contextElements)
      .map((text) => ({ type: "mrkdwn" as const, text: truncate(text, SLACK_LIMITS.sectionText) })),
  };
}

export function divider(): DividerBlock {
  return { type: "divider" };
}

export function button(
  text: string,
  actionId: string,
  value: string,
  style?: "primary" | "danger",
): Button {
  return {
    type: "button",
    text: plain(text, SLACK_LIMITS.buttonText),
    action_id: actionId,
    value: truncate(value, SLACK_LIMITS.buttonValue),
    ...(style ? { style } : {}),
  };
}

export function actions(blockId: string, elements: Button[]): ActionsBlock {
  return {
    type: "actions",
    block_id: blockId,
    elements: elements.slice(0, SLACK_LIMITS.actionsElements),
  };
}

/** A mention Slack renders as the person's name; an erased person is "a former member", and
 * anything but a user id is shown as text. */
export function mention(slackUserId: string): string {
  if (isErasedUserId(slackUserId)) return FORMER_MEMBER;
  return isSlackUserId(slackUserId) ? `<@${slackUserId}>` : escapeMrkdwn(slackUserId);
}
