import { describe, expect, it } from "vitest";
import type { SupervisorOverview } from "../../../src/services/supervision/get-supervisor-overview.ts";
import {
  MAX_HOME_ENTRIES,
  MAX_TRAINEES_WITH_BUTTONS,
  supervisorHomeBlocks,
} from "../../../src/slack/features/supervision/views/supervisor-home.ts";
import { SLACK_LIMITS } from "../../../src/slack/views/limits.ts";
import { actionIds, confirmationEntry, textOf } from "./fixtures.ts";

const OPTIONS = { timeZone: "Europe/London", command: "/balint" };
const EMPTY: SupervisorOverview = { isLeader: false, trainees: [], requests: [], awaiting: [] };

describe("supervisorHomeBlocks", () => {
  it("is empty for someone who is neither a leader nor a supervisor", () => {
    expect(supervisorHomeBlocks(EMPTY, OPTIONS)).toEqual([]);
  });

  it("tells a leader without trainees how trainees ask", () => {
    const blocks = supervisorHomeBlocks({ ...EMPTY, isLeader: true }, OPTIONS);
    expect(textOf(blocks)).toContain("You supervise nobody yet");
    expect(textOf(blocks)).toContain("/balint supervisor @you");
  });

  it("shows one line per trainee with a progress bar, requests, and waiting entries", () => {
    const blocks = supervisorHomeBlocks(
      {
        isLeader: true,
        trainees: [
          {
            personId: 1,
            slackUserId: "USAM",
            since: new Date("2026-10-01T10:00:00Z"),
            criteriaMet: 4,
            criteriaTotal: 8,
            awaitingYou: 2,
            reportSubmittedAt: new Date("2026-11-20T10:00:00Z"),
          },
        ],
        requests: [
          {
            supervisionId: 9,
            traineeSlackUserId: "UNIA",
            requestedAt: new Date("2026-11-25T10:00:00Z"),
          },
        ],
        awaiting: [confirmationEntry({ supervisorInstead: true })],
      },
      OPTIONS,
    );
    const text = textOf(blocks);
    expect(text).toContain(
      "<@USAM>  ▓▓▓▓▓░░░░░ 4 of 8 criteria met · 2 waiting for you · report sent 20 Nov 2026",
    );
    expect(text).toContain("<@UNIA> asked on 25 Nov 2026");
    expect(text).toContain("Waiting for your confirmation (1)");
    expect(text).toContain("_(as their supervisor)_");
    expect(actionIds(blocks)).toEqual([
      "supervision_competencies_open",
      "supervision_report_open",
      "supervision_entry_confirm",
      "supervision_entry_query",
    ]);
    const traineeButtons = blocks.find((b) => b.block_id === "home_trainee_USAM");
    expect(JSON.stringify(traineeButtons)).toContain('{\\"user\\":\\"USAM\\"}');
  });

  it("gives the first trainees their own buttons and lists the rest", () => {
    const trainees = Array.from({ length: 14 }, (_, i) => ({
      personId: i + 1,
      slackUserId: `UT${i + 10}`,
      since: null,
      criteriaMet: 1,
      criteriaTotal: 8,
      awaitingYou: 0,
      reportSubmittedAt: null,
    }));
    const blocks = supervisorHomeBlocks({ ...EMPTY, isLeader: true, trainees }, OPTIONS);
    const ids = actionIds(blocks);
    expect(ids.filter((id) => id === "supervision_report_open")).toHaveLength(
      MAX_TRAINEES_WITH_BUTTONS,
    );
    expect(textOf(blocks)).toContain("<@UT23>");
  });

  it("caps the waiting entries and points to the DMs for the rest", () => {
    const awaiting = Array.from({ length: 30 }, (_, i) => confirmationEntry({ id: i + 1 }));
    const blocks = supervisorHomeBlocks({ ...EMPTY, isLeader: true, awaiting }, OPTIONS);
    expect(actionIds(blocks).filter((id) => id === "supervision_entry_confirm")).toHaveLength(
      MAX_HOME_ENTRIES,
    );
    expect(textOf(blocks)).toContain("20 more are in your direct messages");
    expect(blocks.length).toBeLessThan(SLACK_LIMITS.blocksPerView);
  });
});
