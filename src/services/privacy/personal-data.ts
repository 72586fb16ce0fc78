/**
 * Everything the bot holds about one person, as plain data (instants as ISO strings), for the
 * export files. Other people appear only by name where they are part of the person's own
 * records (who they co-led with, who supervised them); their notes never appear.
 */
export interface PersonalData {
  generatedAt: string;
  person: {
    slackUserId: string;
    displayName: string | null;
    isAdmin: boolean;
    nudgesOptedOut: boolean;
    /** A confirmer's "Remind me in a week": no reminder about waiting sessions before this. */
    confirmationRemindersSnoozedUntil: string | null;
    /** When they last opened the App Home. */
    homeOpenedAt: string | null;
    createdAt: string;
  };
  profile: {
    ukBalintMember: boolean | null;
    membershipConfirmedAt: string | null;
    /** The day an admin confirmed the membership. */
    membershipConfirmedOn: string | null;
    professionalTraining: string | null;
    psychoanalyticTraining: boolean | null;
    /** What psychoanalytic training, when they have some. */
    psychoanalyticTrainingDetails: string | null;
    pathwayStartedOn: string | null;
    /** When an admin set the pathway's start day. */
    pathwayStartSetAt: string | null;
    rulesetId: string;
    /** JSON: answers to the society's own profile questions. */
    societyAnswers: string | null;
    createdAt: string;
    updatedAt: string;
  } | null;
  register: { accreditedOn: string; removedAt: string | null } | null;
  entries: ExportedEntry[];
  /** Other people's entries this person confirmed or queried: their own decision only. */
  confirmationsGiven: {
    kind: string;
    occurredOn: string;
    count: number;
    state: string;
    decidedAt: string | null;
    queryReason: string | null;
  }[];
  supervisions: {
    role: "trainee" | "supervisor";
    otherPerson: string;
    state: string;
    requestedAt: string;
    respondedAt: string | null;
    endedAt: string | null;
  }[];
  competencies: {
    competency: string;
    rating: string;
    comment: string | null;
    supervisor: string;
    signedAt: string;
  }[];
  reportsAboutThem: {
    supervisor: string;
    text: string;
    discussedWithTrainee: boolean;
    readyToApply: boolean;
    submittedAt: string;
  }[];
  enquiries: {
    answers: unknown;
    reply: string | null;
    answeredAt: string | null;
    createdAt: string;
  }[];
  trainingDayRequests: {
    area: string;
    details: string | null;
    reply: string | null;
    answeredAt: string | null;
    createdAt: string;
  }[];
  applications: {
    status: string;
    statement: string;
    rulesetId: string;
    submittedAt: string | null;
    createdAt: string;
    history: { fromStatus: string | null; toStatus: string; reason: string | null; at: string }[];
  }[];
  audit: {
    action: string;
    subjectType: string;
    subjectId: number | null;
    byThem: boolean;
    details: string | null;
    at: string;
  }[];
}

export interface ExportedEntry {
  kind: string;
  occurredOn: string;
  count: number;
  hours: number | null;
  mode: string | null;
  format: string | null;
  caseDiscussions: number | null;
  recorded: boolean | null;
  provider: string | null;
  approvedInAdvance: boolean | null;
  faceToFace: boolean | null;
  withWhom: string | null;
  note: string | null;
  state: string;
  decidedBy: string | null;
  decidedAt: string | null;
  queryReason: string | null;
  /** Set for an entry imported from the society's records (`npm run import`). */
  importedAt: string | null;
  createdAt: string;
}
