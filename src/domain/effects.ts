import { z } from "zod";

const id = z.number().int().positive();
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const moment = z.iso.datetime();

/**
 * What Slack must be told after a change: recorded in the change's own transaction and
 * delivered afterwards by the Slack layer, which draws each message from the data as it then
 * stands. Payloads carry ids only, so no free text is ever copied into the outbox.
 */
export const effectSchema = z.discriminatedUnion("type", [
  /** Ask each confirmer about the trainee's claimed entries (one DM per trainee and confirmer). */
  z.object({ type: z.literal("confirmations.request"), traineeId: id }),
  /** Redraw a confirmation DM from the entries it carries now. */
  z.object({ type: z.literal("confirmations.redraw"), channel: z.string(), ts: z.string() }),
  /** Tell each trainee what the confirmer decided about their entries. */
  z.object({ type: z.literal("entries.decided"), deciderId: id, entryIds: z.array(id).min(1) }),
  /** Re-publish someone's App Home. */
  z.object({ type: z.literal("home.refresh"), personId: id }),
  /** Post a request to the leadership team in their channel, or redraw its post. */
  z.object({ type: z.literal("request.show"), id }),
  /** Tell the person their request reached the leadership team. */
  z.object({ type: z.literal("request.received"), id }),
  /** Send the person the leadership team's reply. */
  z.object({ type: z.literal("request.answered"), id }),
  /** Post an application to the subcommittee, or redraw its post. */
  z.object({ type: z.literal("application.show"), applicationId: id }),
  /** Tell the trainee their application was sent; a resubmission is also announced in the thread. */
  z.object({
    type: z.literal("application.submitted"),
    applicationId: id,
    mode: z.enum(["apply", "resubmit"]),
  }),
  /** Tell the trainee the subcommittee's decision, with its reason. */
  z.object({ type: z.literal("application.decided"), applicationId: id, eventId: id }),
  /** Tell a person the Council accredited them. */
  z.object({
    type: z.literal("person.accredited"),
    personId: id,
    accreditedOn: day,
  }),
  /** Ask a leader to supervise a trainee. */
  z.object({ type: z.literal("supervision.requested"), supervisionId: id }),
  /** Redraw the request and tell the trainee the leader's answer. */
  z.object({
    type: z.literal("supervision.answered"),
    supervisionId: id,
    endedPrevious: z.boolean(),
    /** The DM the leader answered in, when known. */
    request: z.object({ channel: z.string(), ts: z.string() }).optional(),
  }),
  /** Tell the trainee their supervisor signed off competencies. */
  z.object({
    type: z.literal("competencies.signed"),
    traineeId: id,
    supervisorId: id,
    signOffIds: z.array(id).min(1),
  }),
  /** Send the supervisor's report to the trainee, and a copy to the supervisor. */
  z.object({ type: z.literal("report.submitted"), reportId: id }),
  /** Tell the trainee what their profile now says, and which criteria apply. */
  z.object({ type: z.literal("profile.saved"), personId: id }),
  /** Tell the admins that something could not be delivered. */
  z.object({ type: z.literal("delivery.failed"), itemId: id }),
  /** Post the digest to the subcommittee as it stands at `at`, with decisions since `since`. */
  z.object({
    type: z.literal("digest.post"),
    at: moment,
    since: moment,
    /** An admin asked for it now (`admin digest`). */
    requested: z.boolean(),
  }),
  /** Remind a confirmer of the entries waiting over a week for them, as they stood at `at`. */
  z.object({
    type: z.literal("reminder.confirmer"),
    confirmerId: id,
    entryIds: z.array(id).min(1),
    at: moment,
  }),
  /** Nudge a trainee with nothing logged since `idleSince`. */
  z.object({ type: z.literal("reminder.trainee"), personId: id, idleSince: day }),
  /**
   * Edit any DM to the confirmer about the erased trainee's sessions that the bot posted but
   * never recorded (its answer was lost, or the process died before recording it).
   */
  z.object({ type: z.literal("confirmations.sweep"), traineeId: id, confirmerId: id }),
  /** Edit a post the bot made about a person since erased, to say its content was removed. */
  z.object({ type: z.literal("post.redact"), channel: z.string(), ts: z.string() }),
  /** Tell the admins that the day's backup failed, with the system's error code when it gave one. */
  z.object({
    type: z.literal("backup.failed"),
    period: day,
    code: z
      .string()
      .regex(/^[A-Za-z0-9_]{1,40}$/)
      .optional(),
  }),
]);

export type Effect = z.infer<typeof effectSchema>;
export type EffectType = Effect["type"];
