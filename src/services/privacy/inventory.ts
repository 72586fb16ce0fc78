/**
 * What each table holds about people, why, who sees it, how long it is kept, and how export and
 * erasure treat it. `npm run docs:privacy` writes docs/privacy.md's table from this and the
 * schema; a test fails when a model in the schema is missing here.
 */
export interface ModelPrivacy {
  /** What it holds, in a few words. */
  holds: string;
  why: string;
  /** Fields holding free text people type: never logged. */
  freeText: readonly string[];
  /** Who can see that text (or the record). */
  whoSees: string;
  kept: string;
  /** How the `export` command covers it, or why it does not. */
  export: string;
  /** How `admin erase` treats it, or why it does not. */
  erasure: string;
  /** Set for tables that hold nothing about a person, with the reason. */
  notPersonal?: string;
}

const UNTIL_ERASED = "until an admin erases the person";

export const PRIVACY_INVENTORY: Readonly<Record<string, ModelPrivacy>> = {
  Person: {
    holds:
      "Slack user id, display name, admin flag, reminder settings and snooze, when they last opened the App Home",
    why: "to know who is who and whom to message",
    freeText: [],
    whoSees: "the person; names appear to those they work with",
    kept: UNTIL_ERASED,
    export: "yes",
    erasure: 'stripped of Slack id and name, marked erased, shown as "a former member"',
  },
  TraineeProfile: {
    holds:
      "membership, professional training, psychoanalytic training, start date, answers to the society's own profile questions",
    why: "to evaluate the accreditation criteria",
    freeText: ["professionalTraining", "psychoanalyticTrainingDetails"],
    whoSees: "the trainee, their supervisor, admins; the subcommittee in an application",
    kept: UNTIL_ERASED,
    export: "yes",
    erasure: "deleted",
  },
  AccreditedLeader: {
    holds: "accreditation date, removal date",
    why: "the register of accredited leaders",
    freeText: [],
    whoSees: "everyone in the workspace (the `leaders` command)",
    kept: "kept when removed from the register, so history stays",
    export: "yes",
    erasure:
      "kept on the stripped row (left off the register), so sessions they co-led still count as with an accredited leader",
  },
  ActivityEntry: {
    holds:
      "sessions, courses and supervision logged (with case discussions, recording, provider, advance approval and face to face where the society's criteria ask), a private note and query reason; for entries imported from the society's records, when, by which admin, and a digest of the row's ids",
    why: "the trainee's portfolio and progress",
    freeText: ["note", "queryReason"],
    whoSees:
      "note: the trainee and their supervisor only; query reason: the trainee and the confirmer",
    kept: UNTIL_ERASED,
    export: "yes, the trainee's own entries with notes; for a confirmer, only their decisions",
    erasure:
      "the trainee's entries deleted; entries they co-led or confirmed for others kept, naming a former member",
  },
  Supervision: {
    holds: "who supervises whom, and when",
    why: "supervision is a criterion; the supervisor confirms and signs off",
    freeText: [],
    whoSees: "the trainee, the supervisor, admins",
    kept: UNTIL_ERASED,
    export: "yes, as trainee and as supervisor",
    erasure: "as trainee: deleted; as supervisor: ended and kept, naming a former member",
  },
  CompetencySignOff: {
    holds: "ratings of the five competencies, with comments",
    why: "criterion 7",
    freeText: ["comment"],
    whoSees: "the trainee, the supervisor; the subcommittee in an application",
    kept: UNTIL_ERASED,
    export: "yes, the sign-offs about the person",
    erasure: "about them: deleted; given by them: kept, naming a former member",
  },
  SupervisorReport: {
    holds: "the supervisor's written report",
    why: "criterion 9",
    freeText: ["text"],
    whoSees: "the trainee, the supervisor; the subcommittee in an application",
    kept: UNTIL_ERASED,
    export: "yes, the reports about the person",
    erasure: "about them: deleted; written by them: kept, naming a former member",
  },
  LeadershipRequest: {
    holds:
      "a request to the leadership team (the leadership interest form, or a leaders' training day in an area), and the reply",
    why: "so the leadership team can advise on a pathway or arrange a training day",
    freeText: ["answers", "area", "details", "reply"],
    whoSees: "the person who asked and the leadership team's channel",
    kept: "deleted RETENTION_MONTHS (default 24) after it is answered",
    export: "yes",
    erasure: "deleted; its post in the leadership channel says the content was removed",
  },
  Application: {
    holds:
      "the application for accreditation, its statement and checklist snapshot, and whether the trainee put their notes in its PDF",
    why: "for the subcommittee to decide",
    freeText: ["statement"],
    whoSees:
      "the trainee and the subcommittee's channel (the PDF posted there holds notes only when the trainee chose)",
    kept: UNTIL_ERASED,
    export: "yes, with its history",
    erasure:
      "deleted with its history; its post says the content was removed and its PDF leaves the thread",
  },
  ApplicationEvent: {
    holds: "each step of an application, with the reason for a decision",
    why: "every transition records who, when and why",
    freeText: ["reason"],
    whoSees: "the trainee and the subcommittee",
    kept: UNTIL_ERASED,
    export: "yes, in the application's history",
    erasure:
      "on their application: deleted; decisions they made on others: kept, naming a former member",
  },
  AuditLog: {
    holds: "who did what and when; small facts, never free text",
    why: "accountability",
    freeText: [],
    whoSees: "admins, with database access",
    kept: "kept; a tombstone records each erasure",
    export: "yes, the rows about the person and those they acted in",
    erasure: "rows about them lose their details; their actions name a former member",
  },
  JobRun: {
    holds: "which scheduled job ran for which period",
    why: "at-most-once scheduling",
    freeText: [],
    whoSees: "admins, with database access",
    kept: "kept",
    export: "no",
    erasure: "no",
    notPersonal: "holds job names and periods only, nothing about a person",
  },
  AccreditationPeriod: {
    holds: "the dates a register row was accredited, and which admin opened or closed each period",
    why: "sessions count as with an accredited leader when their date falls in a period",
    freeText: [],
    whoSees: "admins (admin leader history); everyone sees who is accredited today",
    kept: "kept with the register row",
    export: "no",
    erasure: "no",
    notPersonal:
      "dates keyed by a register row; the person is reached only through that row, which export and erasure cover",
  },
  OutboxItem: {
    holds: "notices waiting to be delivered to Slack, by the ids of what changed",
    why: "every change is told, once, even after a restart or a Slack outage",
    freeText: [],
    whoSees: "admins, with database access",
    kept: "delivered ones deleted 30 days after delivery; waiting and failed ones kept",
    export: "no",
    erasure: "no",
    notPersonal:
      "holds effect names and record ids only; the text is drawn from the records when sent",
  },
  SlackDelivery: {
    holds: "the ids of Slack deliveries (event or trigger ids) taken in the last 10 minutes",
    why: "a delivery Slack repeats is handled once, whichever process receives it",
    freeText: [],
    whoSees: "admins, with database access",
    kept: "10 minutes",
    export: "no",
    erasure: "no",
    notPersonal: "holds Slack's delivery ids and times only, nothing about who sent them",
  },
};
