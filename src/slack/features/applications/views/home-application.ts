import type { Button } from "@slack/types";
import { statusLabel } from "../../../../domain/application-status.ts";
import { formatUkDate } from "../../../../domain/dates.ts";
import type { Evaluation } from "../../../../domain/progress.ts";
import type { MyApplicationResult } from "../../../../services/applications/get-my-application.ts";
import { nextStep } from "./apply-message.ts";
import { dayOf } from "./text.ts";

export interface HomeApplication {
  /** Where the application stands, in a line; null before the first application. */
  line: string | null;
  /** Apply, Apply anyway, or Update and resubmit; none while the subcommittee has it. */
  button: Button | undefined;
}

/**
 * The trainee's application on their App Home: its state once applied, and the same button
 * as `/balint apply` (which opens the same form). Reasons stay in `/balint apply`. Pure.
 */
export function homeApplication(
  mine: MyApplicationResult,
  evaluation: Evaluation,
  timeZone: string,
): HomeApplication {
  const button = nextStep({ mine, evaluation });
  const { application, leaderSince } = mine;
  if (leaderSince) {
    return {
      line: `:trophy: You are on the register of accredited leaders since ${formatUkDate(leaderSince)}.`,
      button,
    };
  }
  if (!application) return { line: null, button };
  const since = application.submittedAt ? ` of ${dayOf(application.submittedAt, timeZone)}` : "";
  return {
    line: `*Your application*${since}: ${statusLabel(application.status)}.`,
    button,
  };
}
