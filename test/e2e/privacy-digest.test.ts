import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { submitLeadershipRequest } from "../../src/services/leadership-requests/submit-leadership-request.ts";
import { castActor, contextAt } from "../jobs/support.ts";
import { deliverThenForget, type Harness, startHarness } from "../support/bot-harness.ts";
import { CAST, CHANNELS } from "../support/cast.ts";

/**
 * docs/privacy.md: an enquiry (its answers) and a training-day request are seen by the person and
 * "the leadership team's channel". LEADERSHIP_CHANNEL_ID and SUBCOMMITTEE_CHANNEL_ID may differ
 * (they do here), and the weekly digest goes to the subcommittee's channel: it names each
 * unanswered request's kind, person and age and points to its post, but quotes nothing the
 * person typed. Found by the privacy red team.
 */
const TRAINING = "CANARYDIGESTTRAINING12 psychiatry registrar";
const AREA = "CANARYDIGESTAREA34 Leeds";

describe("the weekly digest in the subcommittee channel", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ now: "2026-11-30T09:30:00Z" });
    await submitLeadershipRequest(contextAt(h, "2026-11-20T10:00:00Z"), castActor("stranger"), {
      kind: "interest_form",
      answers: {
        professionalTraining: TRAINING,
        ukBalintMember: "member",
        psychoanalyticTraining: false,
        groupSessions: 12,
        hopes: "Advice on how to start co-leading a group",
      },
    });
    await submitLeadershipRequest(contextAt(h, "2026-11-18T10:00:00Z"), castActor("newcomer"), {
      kind: "training_day",
      answers: { area: AREA },
    });
    await deliverThenForget(h);
  });
  afterAll(async () => {
    await h.stop();
  });

  it("does not quote enquiry or training-day text outside the leadership channel", async () => {
    expect(CHANNELS.subcommittee.id).not.toBe(CHANNELS.leadership.id);
    await h.driver.slashCommand({ userId: CAST.admin.id, text: "admin digest" });
    await h.idle();
    const digest = JSON.stringify(h.emulator.messagesIn(CHANNELS.subcommittee.id));
    expect(digest).toContain("Subcommittee digest");
    expect(digest, "enquiry answer in the subcommittee channel").not.toContain(
      "CANARYDIGESTTRAINING12",
    );
    expect(digest, "training-day area in the subcommittee channel").not.toContain(
      "CANARYDIGESTAREA34",
    );
    const leadership = `see its post in <#${CHANNELS.leadership.id}>`;
    expect(digest).toContain(
      `Training-day request from <@${CAST.newcomer.id}>, waiting 12 days: ${leadership}`,
    );
    expect(digest).toContain(
      `Interest form from <@${CAST.stranger.id}>, waiting 10 days: ${leadership}`,
    );
  });
});
