import { ACTIVITY_KINDS } from "../../domain/activity.ts";
import { kindWord } from "../../domain/activity-words.ts";
import { nearestWord } from "../nearest-word.ts";

/** Every subcommand of the slash command, as users see it in help. Pure data. */
export interface SubcommandHelp {
  name: string;
  usage: string;
  summary: string;
  examples: readonly string[];
  audience: "everyone" | "trainees" | "supervisors" | "admins";
}

export const SUBCOMMANDS: readonly SubcommandHelp[] = [
  {
    name: "help",
    usage: "help",
    summary: "What the bot does and every subcommand.",
    examples: ["help"],
    audience: "everyone",
  },
  {
    name: "interest",
    usage: "interest",
    summary: "Send the leadership interest form to the leadership team.",
    examples: ["interest"],
    audience: "everyone",
  },
  {
    name: "trainingday",
    usage: "trainingday",
    summary: "Ask the leadership team for a leaders' training day in your area.",
    examples: ["trainingday"],
    audience: "everyone",
  },
  {
    name: "leaders",
    usage: "leaders",
    summary: "The register of accredited leaders.",
    examples: ["leaders"],
    audience: "everyone",
  },
  {
    name: "export",
    usage: "export",
    summary:
      "Everything the bot holds about you, as files in your DM: a PDF portfolio, JSON and a CSV of your entries.",
    examples: ["export"],
    audience: "everyone",
  },
  {
    name: "profile",
    usage: "profile",
    summary: "Your membership, professional training and pathway start date.",
    examples: ["profile"],
    audience: "trainees",
  },
  {
    name: "log",
    usage: "log [kind] [count] [date] [with @person] [note …]",
    summary: `Log what you have done. With no words it opens a form. Kinds: ${ACTIVITY_KINDS.map(kindWord).join(", ")}. Dates: 2026-11-20, 20/11/2026, today, yesterday.`,
    examples: [
      "log",
      "log group 3 yesterday",
      "log coled 2 20/11/2026 with @Dr Ahmed",
      "log supervision 1.5h video with @Dr Ahmed",
      "log weekend 2026-03-14",
    ],
    audience: "trainees",
  },
  {
    name: "sessions",
    usage: "sessions",
    summary: "Your recent entries and their state; withdraw any nobody else has confirmed.",
    examples: ["sessions"],
    audience: "trainees",
  },
  {
    name: "progress",
    usage: "progress",
    summary: "Your checklist against the society's criteria.",
    examples: ["progress"],
    audience: "trainees",
  },
  {
    name: "supervisor",
    usage: "supervisor @person",
    summary: "Ask an accredited leader to be your supervisor.",
    examples: ["supervisor @Dr Ahmed"],
    audience: "trainees",
  },
  {
    name: "apply",
    usage: "apply",
    summary: "See your checklist and apply for accreditation.",
    examples: ["apply"],
    audience: "trainees",
  },
  {
    name: "competencies",
    usage: "competencies @trainee",
    summary: "Sign off the five competencies for a trainee you supervise.",
    examples: ["competencies @Sam Patel"],
    audience: "supervisors",
  },
  {
    name: "report",
    usage: "report @trainee",
    summary: "Write the supervisor's report for a trainee you supervise.",
    examples: ["report @Sam Patel"],
    audience: "supervisors",
  },
  {
    name: "admin",
    usage:
      "admin leader add|remove|history @person [date] · admin accredit @person [date] · admin member @person [date] · admin pathway @person YYYY-MM-DD (also the leadership team) · admin digest · admin reminders · admin export @person · admin erase @person",
    summary:
      "Keep the register, record the Council's decisions, run the digest or reminders now, export or erase what is held about a person.",
    examples: [
      "admin leader add @Dr Ahmed 2019-05-01",
      "admin leader remove @Dr Ahmed",
      "admin accredit @Sam Patel 2026-11-20",
      "admin member @Sam Patel 2026-03-01",
      "admin pathway @Sam Patel 2019-03-01",
      "admin digest",
      "admin reminders",
      "admin export @Sam Patel",
      "admin erase @Sam Patel",
    ],
    audience: "admins",
  },
];

/** The subcommand a misspelt word most likely meant, if any is close enough. */
export function nearestSubcommand(word: string): string | undefined {
  return nearestWord(
    word,
    SUBCOMMANDS.map(({ name }) => name),
  );
}
