import type { KnownBlock } from "@slack/types";
import { buttonValue } from "../../../forms/button-value.ts";
import { SHARED_IDS } from "../../../ids.ts";
import { button, header, section } from "../../../views/blocks.ts";

/** The eight-week reminders as the App Home's settings show them. Pure. */
export function settingsBlocks(nudgesOptedOut: boolean): KnownBlock[] {
  const on = !nudgesOptedOut;
  return [
    header("Settings"),
    section(
      `*Reminders to log* are ${on ? "on" : "off"}. ${remindersLine(on)}`,
      button(on ? "Turn off" : "Turn on", SHARED_IDS.toggleNudges, buttonValue({ on: !on })),
    ),
  ];
}

function remindersLine(on: boolean): string {
  return on
    ? "If nothing is logged for eight weeks, I send you a gentle reminder."
    : "I won't remind you when nothing has been logged for eight weeks.";
}

/** The answer to a click on the toggle. */
export function nudgesChangedText(on: boolean): string {
  return on
    ? "Reminders to log are on again: if nothing is logged for eight weeks, I'll remind you."
    : "Reminders to log are off. You can turn them back on from the Settings on my App Home.";
}
