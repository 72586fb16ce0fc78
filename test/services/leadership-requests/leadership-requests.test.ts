import { describe, expect, it } from "vitest";
import type { z } from "zod";
import type { AppError } from "../../../src/domain/app-error.ts";
import type { EnquiryAnswersInput } from "../../../src/domain/enquiry.ts";
import { parseStoredAnswers } from "../../../src/domain/enquiry.ts";
import type { trainingDayAnswersSchema } from "../../../src/domain/leadership-request.ts";
import type { Actor, ServiceContext } from "../../../src/services/context.ts";
import { findRequestAtPost } from "../../../src/services/leadership-requests/find-request-at-post.ts";
import { listUnansweredRequests } from "../../../src/services/leadership-requests/list-unanswered-requests.ts";
import { replyToLeadershipRequest } from "../../../src/services/leadership-requests/reply-to-leadership-request.ts";
import { submitLeadershipRequest } from "../../../src/services/leadership-requests/submit-leadership-request.ts";
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

const form: EnquiryAnswersInput = {
  professionalTraining: "GP, general practice",
  ukBalintMember: "applying",
  psychoanalyticTraining: false,
  groupSessions: 12,
  groupWhere: "Practice group in Leeds",
  hopes: "Advice on how to start co-leading",
};

const REPLY = "Thank you: we suggest the Oxford weekend leadership course first.";

type TrainingDayInput = z.input<typeof trainingDayAnswersSchema>;

const submitEnquiry = (ctx: ServiceContext, actor: Actor, answers: EnquiryAnswersInput) =>
  submitLeadershipRequest(ctx, actor, { kind: "interest_form", answers });
const submitTrainingDayRequest = (ctx: ServiceContext, actor: Actor, answers: TrainingDayInput) =>
  submitLeadershipRequest(ctx, actor, { kind: "training_day", answers });
const reply = (ctx: ServiceContext, actor: Actor, requestId: number, text = REPLY) =>
  replyToLeadershipRequest(ctx, actor, { requestId, reply: text });

describe("submit-leadership-request", () => {
  it("stores an interest form's answers as JSON with an audit row", async () => {
    const enquiry = await submitEnquiry(world.ctx, trainee, form);
    expect(enquiry).toMatchObject({ kind: "interest_form", area: null, details: null });
    expect(enquiry.person.slackUserId).toBe("UTRAINEE1");
    expect(enquiry.createdAt).toEqual(NOW);
    const stored = await world.db.leadershipRequest.findUniqueOrThrow({
      where: { id: enquiry.id },
    });
    expect(parseStoredAnswers(stored.answers ?? "")).toMatchObject({
      professionalTraining: "GP, general practice",
      coLeading: null,
    });
    const audit = await world.db.auditLog.findMany();
    expect(audit.map((a) => [a.action, a.subjectType, a.subjectId])).toEqual([
      ["enquiry.submitted", "leadership_request", enquiry.id],
    ]);
    const outbox = await world.db.outboxItem.findMany({ orderBy: { id: "asc" } });
    expect(outbox.map((item) => JSON.parse(item.payload))).toEqual([
      { type: "request.show", id: enquiry.id },
      { type: "request.received", id: enquiry.id },
    ]);
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

describe("reply-to-leadership-request", () => {
  it("marks the request answered by the replier, with an audit row", async () => {
    const enquiry = await submitEnquiry(world.ctx, trainee, form);
    const later = daysAfter(NOW, 1);
    const answered = await reply(contextFor(world.db, later), drAhmed, enquiry.id, `  ${REPLY}  `);
    expect(answered).toMatchObject({ reply: REPLY, answeredAt: later });
    expect(answered.answeredBy?.displayName).toBe("Dr Ahmed");
    expect(answered.person.slackUserId).toBe("UTRAINEE1");
    const actions = (await world.db.auditLog.findMany()).map((a) => a.action);
    expect(actions).toEqual(["enquiry.submitted", "enquiry.answered"]);
  });

  it("refuses a second reply, naming who replied and when, and writes nothing", async () => {
    const enquiry = await submitEnquiry(world.ctx, trainee, form);
    await reply(world.ctx, drAhmed, enquiry.id);
    const before = await rowCounts(world.db);
    const error = await refusalOf(
      reply(contextFor(world.db, daysAfter(NOW, 2)), drBrown, enquiry.id, "Another answer."),
    );
    expect(error.code).toBe("ALREADY_DECIDED");
    expect(error.userMessage).toBe("Dr Ahmed already replied on 26 Nov 2026.");
    expect(await rowCounts(world.db)).toEqual(before);
    const stored = await world.db.leadershipRequest.findUniqueOrThrow({
      where: { id: enquiry.id },
    });
    expect(stored.reply).toBe(REPLY);
  });

  it("gives one reply and one refusal when two replies race", async () => {
    const enquiry = await submitEnquiry(world.ctx, trainee, form);
    const results = await Promise.allSettled([
      reply(world.ctx, drAhmed, enquiry.id),
      reply(world.ctx, drBrown, enquiry.id),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.filter((r) => r.status === "rejected");
    expect(rejected.map((r) => (r.reason as AppError).code)).toEqual(["ALREADY_DECIDED"]);
    expect(await world.db.auditLog.count({ where: { action: "enquiry.answered" } })).toBe(1);
  });

  it("refuses a reply that is too short, or to a request that does not exist", async () => {
    const enquiry = await submitEnquiry(world.ctx, trainee, form);
    const before = await rowCounts(world.db);
    const short = await refusalOf(reply(world.ctx, drAhmed, enquiry.id, " ok "));
    expect(short).toMatchObject({
      code: "INVALID_INPUT",
      userMessage: "Please write a reply of at least 5 characters.",
    });
    const long = await refusalOf(reply(world.ctx, drAhmed, enquiry.id, "x".repeat(3001)));
    expect(long.userMessage).toBe("Please keep the reply to 3000 characters or fewer.");
    const missing = await refusalOf(reply(world.ctx, drAhmed, 999));
    expect(missing).toMatchObject({
      code: "NOT_FOUND",
      userMessage: "That request no longer exists.",
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
    expect(request).toMatchObject({
      kind: "training_day",
      area: "West Yorkshire",
      details: null,
      answers: null,
      createdAt: NOW,
    });
    const answered = await reply(world.ctx, drAhmed, request.id);
    expect(answered).toMatchObject({ reply: REPLY, answeredAt: NOW });
    const error = await refusalOf(reply(world.ctx, drBrown, request.id));
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
    [{} as TrainingDayInput, "Please say in which area you would like a training day."],
  ])("refuses %j and writes nothing", async (input, message) => {
    const error = await refusalOf(submitTrainingDayRequest(world.ctx, trainee, input));
    expect(error).toMatchObject({ code: "INVALID_INPUT", userMessage: message });
    expect(await rowCounts(world.db)).toMatchObject({ people: 0, trainingDays: 0, audit: 0 });
  });
});

describe("record-post and find-request-at-post", () => {
  it("remembers the Slack message of each request, and finds the request from it", async () => {
    const enquiry = await submitEnquiry(world.ctx, trainee, form);
    const request = await submitTrainingDayRequest(world.ctx, trainee, { area: "Leeds" });
    const posts = [
      { id: enquiry.id, channel: "C0LEAD", ts: "1764151200.000100" },
      { id: request.id, channel: "C0LEAD", ts: "1764151201.000200" },
    ];
    for (const post of posts) {
      await recordPost(world.ctx, { subject: "leadership_request", ...post });
    }
    expect(
      await world.db.leadershipRequest.findUniqueOrThrow({ where: { id: enquiry.id } }),
    ).toMatchObject({ postChannel: "C0LEAD", postTs: "1764151200.000100" });
    expect(
      await findRequestAtPost(world.ctx, { channel: "C0LEAD", ts: "1764151200.000100" }),
    ).toEqual({
      id: enquiry.id,
      kind: "interest_form",
    });
    expect(
      await findRequestAtPost(world.ctx, { channel: "C0LEAD", ts: "1764151201.000200" }),
    ).toEqual({ id: request.id, kind: "training_day" });
    const elsewhere = await refusalOf(
      findRequestAtPost(world.ctx, { channel: "C0OTHER", ts: "1764151200.000100" }),
    );
    expect(elsewhere).toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses a bad timestamp or a missing subject", async () => {
    const bad = await refusalOf(
      recordPost(world.ctx, {
        subject: "leadership_request",
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

describe("list-unanswered-requests", () => {
  it("lists requests unanswered for more than N days, oldest first", async () => {
    const ctx = (days: number) => contextFor(world.db, daysAfter(NOW, days));
    const old = await submitEnquiry(ctx(-10), trainee, form);
    const answered = await submitEnquiry(ctx(-9), trainee, form);
    await reply(ctx(-8), drAhmed, answered.id);
    const request = await submitTrainingDayRequest(ctx(-6), trainee, { area: "Leeds" });
    await submitEnquiry(ctx(-5), trainee, form); // exactly 5 days: not yet "more than 5"
    await submitTrainingDayRequest(ctx(-1), trainee, { area: "Bristol" });

    const items = await listUnansweredRequests(ctx(0));
    expect(items.map((i) => [i.kind, i.id, i.ageDays])).toEqual([
      ["interest_form", old.id, 10],
      ["training_day", request.id, 6],
    ]);
    // For the subcommittee's digest: nothing the person wrote.
    expect(JSON.stringify(items)).not.toMatch(/GP, general practice|Leeds/);
    expect(items[0]?.person).toMatchObject({
      slackUserId: "UTRAINEE1",
      displayName: "Sam Trainee",
    });

    const sinceOne = await listUnansweredRequests(ctx(0), { olderThanDays: 0 });
    expect(sinceOne).toHaveLength(4);
    await expect(listUnansweredRequests(ctx(0), { olderThanDays: -1 })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
  });
});
