import { z } from "zod";

/** A Slack user id, as Slack writes them (U… or W…). */
export const slackUserId = z.string().regex(/^[UW][A-Z0-9]{2,20}$/, "Not a Slack user id.");

/** A button that names a person, e.g. a trainee on a supervisor's App Home. */
export const personValue = z.object({ user: slackUserId });
