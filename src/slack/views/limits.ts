/** Slack's Block Kit limits that our views must stay within, in one place. */
export const SLACK_LIMITS = {
  blocksPerMessage: 50,
  blocksPerView: 100,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  headerText: 150,
  contextElements: 10,
  buttonText: 75,
  buttonValue: 2000,
  actionsElements: 25,
  actionId: 255,
  blockId: 255,
  optionText: 75,
  optionsPerSelect: 100,
  modalTitle: 24,
  modalSubmitText: 24,
  privateMetadata: 3000,
  plainTextInputMax: 3000,
  messageText: 40_000,
} as const;

/** Cuts text to a limit, marking the cut with an ellipsis. */
export function truncate(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}
