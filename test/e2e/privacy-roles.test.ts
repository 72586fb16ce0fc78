import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmulatedFile } from "../../src/dev/emulator/index.ts";
import { submitSupervisorReport } from "../../src/services/supervision/submit-supervisor-report.ts";
import {
  applyThroughSlack,
  people,
  seedTraineeWithoutReport,
} from "../slack/applications/e2e-support.ts";
import { filesInDm, pdfText } from "../slack/privacy/e2e-support.ts";
import { command, registerLeader, waitForPending } from "../slack/supervision/e2e-support.ts";
import { commandReply, type Harness, startHarness } from "../support/bot-harness.ts";
import { CAST, type CastMember, CHANNELS, escapedMention } from "../support/cast.ts";

/**
 * Who sees note and report text, across sessions, progress, DMs (confirmation requests and
 * notices), application posts, the digest, the App Home and exports. Sam is the trainee, Dr Ahmed
 * their supervisor, Nia another supervisor (Sam's co-leader, who confirms), Jo the subcommittee.
 */
const ROLES = {
  trainee: "trainee",
  supervisor: "leader",
  otherSupervisor: "newcomer",
  subcommittee: "member",
  admin: "admin",
  stranger: "stranger",
} as const satisfies Record<string, CastMember>;
type Role = keyof typeof ROLES;

const NOTE = "ROLE-CANARY-NOTE-51c2";
const REPORT = "ROLE-CANARY-REPORT-8d07 Sam leads with care and holds the boundaries well.";
const REPORT_MARK = "ROLE-CANARY-REPORT-8d07";

/** The intended matrix (PRODUCT.md, Privacy): true = must see, "may" = allowed, false = never. */
const MATRIX: Record<"note" | "report", Record<Role, boolean | "may">> = {
  note: {
    trainee: true,
    supervisor: "may",
    otherSupervisor: false,
    subcommittee: false,
    admin: true, // only through `admin export @person`, a subject access request
    stranger: false,
  },
  report: {
    trainee: true,
    supervisor: "may",
    otherSupervisor: false,
    subcommittee: true, // with the application
    admin: true, // only through `admin export @person`
    stranger: false,
  },
};

let h: Harness;
const seen: Record<Role, string> = {
  trainee: "",
  supervisor: "",
  otherSupervisor: "",
  subcommittee: "",
  admin: "",
  stranger: "",
};

beforeAll(async () => {
  h = await startHarness();
  const { actor, ref, ctx } = people(h);
  await seedTraineeWithoutReport(h);
  await registerLeader(h, "newcomer", "2016-01-01");
  await commandReply(
    h,
    CAST.trainee.id,
    `log coled 2026-11-20 with ${escapedMention("newcomer")} note ${NOTE}`,
  );
  await waitForPending(h, "newcomer", 1);
  await submitSupervisorReport(ctx(), actor("leader"), {
    trainee: ref("trainee"),
    text: REPORT,
    discussedWithTrainee: true,
    readyToApply: true,
  });
  const form = await applyThroughSlack(h, "trainee", {
    statement: "I have led groups for two years and want to be accredited.",
  });
  await form.submit();
  await h.whenIdle(() => h.emulator.messagesIn(CHANNELS.subcommittee.id).length > 0);
  await command(h, "admin", "admin digest");
  await h.whenIdle(() => h.emulator.messagesIn(CHANNELS.subcommittee.id).length > 1);

  for (const [role, who] of Object.entries(ROLES) as [Role, CastMember][]) {
    const userId = CAST[who].id;
    for (const words of [
      "sessions",
      "progress",
      `sessions ${escapedMention("trainee")}`,
      `progress ${escapedMention("trainee")}`,
    ]) {
      seen[role] += JSON.stringify((await commandReply(h, userId, words)).body);
    }
    await h.driver.openHome({ userId });
    await h.driver.slashCommand({ userId, text: "export" });
    const files = await filesInDm(h, who).catch((): EmulatedFile[] => []);
    if (role === "admin") {
      await h.driver.slashCommand({ userId, text: `admin export ${escapedMention("trainee")}` });
      files.push(...(await filesInDm(h, who, files.length)));
    }
    for (const file of files) {
      seen[role] += file.name.endsWith(".pdf")
        ? await pdfText(file.bytes)
        : file.bytes.toString("utf8");
    }
  }
  for (const [role, who] of Object.entries(ROLES) as [Role, CastMember][]) {
    const userId = CAST[who].id;
    const channels = Object.values(CHANNELS).filter((c) =>
      (c.members as readonly string[]).includes(userId),
    );
    seen[role] += JSON.stringify([
      h.emulator.messagesIn(h.emulator.dmChannelFor(userId)),
      channels.map((c) => h.emulator.messagesIn(c.id)),
      h.emulator.homeView(userId),
      h.emulator.openViews(userId),
      h.emulator.responseUrlPosts.filter((p) => p.origin.userId === userId),
      h.emulator.ephemeralsFor(userId),
    ]);
  }
}, 60_000);

afterAll(async () => {
  await h.stop();
});

describe("who sees note and report text", () => {
  for (const [kind, mark] of [
    ["note", NOTE],
    ["report", REPORT_MARK],
  ] as const) {
    for (const role of Object.keys(ROLES) as Role[]) {
      const intended = MATRIX[kind][role];
      // "may" is allowed either way, so it has no test of its own.
      if (intended === "may") continue;
      it(`${kind} text: ${role} ${intended ? "sees it" : "never sees it"}`, () => {
        expect(seen[role].includes(mark)).toBe(intended);
      });
    }
  }

  it("shows the note nowhere but the trainee's own export and the admin's subject-access export", () => {
    const adminWithoutExport = JSON.stringify(h.emulator.messagesIn(CHANNELS.subcommittee.id));
    expect(adminWithoutExport).not.toContain(NOTE);
    expect(
      JSON.stringify(h.emulator.messagesIn(h.emulator.dmChannelFor(CAST.newcomer.id))),
    ).not.toContain(NOTE);
  });
});
