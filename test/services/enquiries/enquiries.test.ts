import { describe, expect, it } from "vitest";
import type { AppError } from "../../../src/domain/app-error.ts";
import { parseStoredAnswers } from "../../../src/domain/enquiry.ts";
import { listUnansweredEnquiries } from "../../../src/services/enquiries/list-unanswered-enquiries.ts";
import { replyToEnquiry } from "../../../src/services/enquiries/reply-to-enquiry.ts";
import { replyToTrainingDayRequest } from "../../../src/services/enquiries/reply-to-training-day-request.ts";
import {
  type SubmitEnquiryInput,
  submitEnquiry,
} from "../../../src/services/enquiries/submit-enquiry.ts";
import {
  type SubmitTrainingDayRequestInput,
  submitTrainingDayRequest,
} from "../../../src/services/enquiries/submit-training-day-request.ts";
import { recordPost } from "../../../src/services/record-post.ts";
import { drAhmed, drBrown, trainee } from "../../support/applications.ts";
import {
  contextFor,
  daysAfter,
  NOW,
  refusalOf,
  rowCounts,
  useServiceDatabase,
} from "../../support/services.ts";

const world = useServiceDatabase();

const form: SubmitEnquiryInput = {
  professionalTraining: "GP, general practice",
  ukBalintMember: "applying",
  psychoanalyticTraining: false,
  groupSessions: 12,
  groupWhere: "Practice group in Leeds",
  hopes: "Advice on how to start co-leading",
};

const REPLY = "Thank you: we suggest the Oxford weekend leadership course first.";

describe("submit-enquiry", () => {
  it("stores the answers as JSON with an audit row", async () => {
    const { enquiry, answers } = await submitEnquiry(world.ctx, trainee, form);
    expect(enquiry.person.slackUserId).toBe("UTRAINEE1");
    expect(enquiry.createdAt).toEqual(NOW);
    expect(answers.coLeading).toBeNull();
    const stored = await world.db.enquiry.findUniqueOrThrow({ where: { id: enquiry.id } });
    expect(parseStoredAnswers(stored.answers)).toEqual(answers);
    const audit = await world.db.auditLog.findMany();
    expect(audit.map((a) => [a.action, a.subjectId])).toEqual([["enquiry.submitted", enquiry.id]]);
  });

  it("refuses an incomplete form and writes nothing", async () => {
    const before = await rowCounts(world.db);
    const error = await refusalOf(
      submitEnquiry(world.ctx, trainee, { ...form, hopes: "", groupSessions: -2 }),
    );
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.userMessage).toContain("what you hope for");
    expect(error.userMessage).toContain("cannot be negative");
    expect(await rowCounts(world.db)).toEqual(before);
  });
});

describe("reply-to-enquiry", () => {
  it("marks the enquiry answered by the replier, with an audit row", async () => {
    const { enquiry } = await submitEnquiry(world.ctx, trainee, form);
    const later = daysAfter(NOW, 1);
    const answered = await replyToEnquiry(contextFor(world.db, later), drAhmed, {
      enquiryId: enquiry.id,
      reply: `  ${REPLY}  `,
    });
    expect(answered).toMatchObject({ reply: REPLY, answeredAt: later });
    expect(answered.answeredBy?.displayName).toBe("Dr Ahmed");
    expect(answered.person.slackUserId).toBe("UTRAINEE1");
    const actions = (await world.db.auditLog.findMany()).map((a) => a.action);
    expect(actions).toEqual(["enquiry.submitted", "enquiry.answered"]);
  });

  it("refuses a second reply, naming who replied and when, and writes nothing", async () => {
    const { enquiry } = await submitEnquiry(world.ctx, trainee, form);
    await replyToEnquiry(world.ctx, drAhmed, { enquiryId: enquiry.id, reply: REPLY });
    const before = await rowCounts(world.db);
    const error = await refusalOf(
      replyToEnquiry(contextFor(world.db, daysAfter(NOW, 2)), drBrown, {
        enquiryId: enquiry.id,
        reply: "Another answer entirely.",
      }),
    );
    expect(error.code).toBe("ALREADY_DECIDED");
    expect(error.userMessage).toBe("Dr Ahmed already replied on 26 Nov 2026.");
    expect(await rowCounts(world.db)).toEqual(before);
    const stored = await world.db.enquiry.findUniqueOrThrow({ where: { id: enquiry.id } });
    expect(stored.reply).toBe(REPLY);
  });

  it("gives one reply and one refusal when two replies race", async () => {
    const { enquiry } = await submitEnquiry(world.ctx, trainee, form);
    const results = await Promise.allSettled([
      replyToEnquiry(world.ctx, drAhmed, { enquiryId: enquiry.id, reply: REPLY }),
      replyToEnquiry(world.ctx, drBrown, { enquiryId: enquiry.id, reply: REPLY }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.filter((r) => r.status === "rejected");
    expect(rejected.map((r) => (r.reason as AppError).code)).toEqual(["ALREADY_DECIDED"]);
    expect(await world.db.auditLog.count({ where: { action: "enquiry.answered" } })).toBe(1);
  });

  it("refuses a reply that is too short, or to an enquiry that does not exist", async () => {
    const { enquiry } = await submitEnquiry(world.ctx, trainee, form);
    const before = await rowCounts(world.db);
    const short = await refusalOf(
      replyToEnquiry(world.ctx, drAhmed, { enquiryId: enquiry.id, reply: " ok " }),
    );
    expect(short).toMatchObject({
      code: "INVALID_INPUT",
      userMessage: "Please write a reply of at least 5 characters.",
    });
    const long = await refusalOf(
      replyToEnquiry(world.ctx, drAhmed, {
        enquiryId: enquiry.id,
        reply: "x".repeat(3001),
      }),
    );
    expect(long.userMessage).toBe("Please keep the reply to 3000 characters or fewer.");
    const missing = await refusalOf(
      replyToEnquiry(world.ctx, drAhmed, { enquiryId: 999, reply: REPLY }),
    );
    expect(missing).toMatchObject({
      code: "NOT_FOUND",
      userMessage: "That enquiry no longer exists.",
    });
    expect(await rowCounts(world.db)).toEqual(before);
  });
});

describe("training-day requests", () => {
  it("stores a request and takes one reply", async () => {
    const request = await submitTrainingDayRequest(world.ctx, trainee, {
      area: " West Yorkshire ",
      details: "",
    });
    expect(request).toMatchObject({ area: "West Yorkshire", details: null, createdAt: NOW });
    const answered = await replyToTrainingDayRequest(world.ctx, drAhmed, {
      requestId: request.id,
      reply: REPLY,
    });
    expect(answered).toMatchObject({ reply: REPLY, answeredAt: NOW });
    const error = await refusalOf(
      replyToTrainingDayRequest(world.ctx, drBrown, {
        requestId: request.id,
        reply: REPLY,
      }),
    );
    expect(error).toMatchObject({
      code: "ALREADY_DECIDED",
      userMessage: "Dr Ahmed already replied on 26 Nov 2026.",
    });
    const actions = (await world.db.auditLog.findMany()).map((a) => a.action);
    expect(actions).toEqual(["training_day.requested", "training_day.answered"]);
  });

  it.each([
    [{ area: "L" }, "Please name the area (at least 2 characters)."],
    [{ area: "x".repeat(121) }, "Please keep the area to 120 characters or fewer."],
    [
      { area: "Leeds", details: "x".repeat(1001) },
      "Please keep the details to 1000 characters or fewer.",
    ],
    [
      {} as SubmitTrainingDayRequestInput,
      "Please say in which area you would like a training day.",
    ],
  ])("refuses %j and writes nothing", async (input, message) => {
    const error = await refusalOf(submitTrainingDayRequest(world.ctx, trainee, input));
    expect(error).toMatchObject({ code: "INVALID_INPUT", userMessage: message });
    expect(await rowCounts(world.db)).toMatchObject({ people: 0, trainingDays: 0, audit: 0 });
  });
});

describe("record-post", () => {
  it("remembers the Slack message for an enquiry and a training-day request", async () => {
    const { enquiry } = await submitEnquiry(world.ctx, trainee, form);
    const request = await submitTrainingDayRequest(world.ctx, trainee, {
      area: "Leeds",
    });
    await recordPost(world.ctx, {
      subject: "enquiry",
      id: enquiry.id,
      channel: "C0LEAD",
      ts: "1764151200.000100",
    });
    await recordPost(world.ctx, {
      subject: "training_day_request",
      id: request.id,
      channel: "C0LEAD",
      ts: "1764151201.000200",
    });
    expect(await world.db.enquiry.findUniqueOrThrow({ where: { id: enquiry.id } })).toMatchObject({
      postChannel: "C0LEAD",
      postTs: "1764151200.000100",
    });
    expect(
      await world.db.trainingDayRequest.findUniqueOrThrow({ where: { id: request.id } }),
    ).toMatchObject({ postChannel: "C0LEAD", postTs: "1764151201.000200" });
  });

  it("refuses a bad timestamp or a missing subject", async () => {
    const bad = await refusalOf(
      recordPost(world.ctx, {
        subject: "enquiry",
        id: 1,
        channel: "C0LEAD",
        ts: "soon",
      }),
    );
    expect(bad).toMatchObject({
      code: "INVALID_INPUT",
      userMessage: "That is not a Slack message timestamp.",
    });
    const missing = await refusalOf(
      recordPost(world.ctx, {
        subject: "application",
        id: 7,
        channel: "C0LEAD",
        ts: "1764151200.000100",
      }),
    );
    expect(missing).toMatchObject({
      code: "NOT_FOUND",
      userMessage: "That application no longer exists.",
    });
  });
});

describe("list-unanswered-enquiries", () => {
  it("lists enquiries and training-day requests unanswered for more than N days, oldest first", async () => {
    const ctx = (days: number) => contextFor(world.db, daysAfter(NOW, days));
    const old = await submitEnquiry(ctx(-10), trainee, form);
    const answered = await submitEnquiry(ctx(-9), trainee, form);
    await replyToEnquiry(ctx(-8), drAhmed, { enquiryId: answered.enquiry.id, reply: REPLY });
    const request = await submitTrainingDayRequest(ctx(-6), trainee, { area: "Leeds" });
    await submitEnquiry(ctx(-5), trainee, form); // exactly 5 days: not yet "more than 5"
    await submitTrainingDayRequest(ctx(-1), trainee, { area: "Bristol" });

    const items = await listUnansweredEnquiries(ctx(0));
    expect(items.map((i) => [i.kind, i.id, i.ageDays, i.summary])).toEqual([
      ["enquiry", old.enquiry.id, 10, "Interest form: GP, general practice"],
      ["training_day_request", request.id, 6, "Training day: Leeds"],
    ]);
    expect(items[0]?.person).toMatchObject({
      slackUserId: "UTRAINEE1",
      displayName: "Sam Trainee",
    });

    const sinceOne = await listUnansweredEnquiries(ctx(0), { olderThanDays: 0 });
    expect(sinceOne).toHaveLength(4);
    await expect(listUnansweredEnquiries(ctx(0), { olderThanDays: -1 })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
  });
});
