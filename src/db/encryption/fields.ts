/**
 * The free text stored encrypted, by model and field, with each model's table and the column of
 * each field. Everything else is stored as it is.
 */
export const ENCRYPTED_FIELDS = {
  ActivityEntry: {
    table: "activity_entries",
    fields: { note: "note", queryReason: "query_reason" },
  },
  TraineeProfile: {
    table: "trainee_profiles",
    fields: {
      professionalTraining: "professional_training",
      psychoanalyticTrainingDetails: "psychoanalytic_training_details",
    },
  },
  SupervisorReport: { table: "supervisor_reports", fields: { text: "text" } },
  CompetencySignOff: { table: "competency_sign_offs", fields: { comment: "comment" } },
  Application: { table: "applications", fields: { statement: "statement" } },
  ApplicationEvent: { table: "application_events", fields: { reason: "reason" } },
  LeadershipRequest: {
    table: "leadership_requests",
    fields: { answers: "answers", area: "area", details: "details", reply: "reply" },
  },
} as const satisfies Record<string, { table: string; fields: Record<string, string> }>;

export type EncryptedModel = keyof typeof ENCRYPTED_FIELDS;

/** Relation fields that lead to a model with encrypted fields, for nested writes. */
export const RELATIONS_TO_ENCRYPTED: Record<string, Record<string, EncryptedModel>> = {
  Person: {
    profile: "TraineeProfile",
    entries: "ActivityEntry",
    entriesToConfirm: "ActivityEntry",
    entriesDecided: "ActivityEntry",
    competenciesReceived: "CompetencySignOff",
    competenciesGiven: "CompetencySignOff",
    reportsReceived: "SupervisorReport",
    reportsWritten: "SupervisorReport",
    leadershipRequests: "LeadershipRequest",
    leadershipRequestsAnswered: "LeadershipRequest",
    applications: "Application",
    applicationEvents: "ApplicationEvent",
  },
  Application: { events: "ApplicationEvent" },
};

export function encryptedFieldsOf(model: string | undefined): readonly string[] {
  if (!model || !(model in ENCRYPTED_FIELDS)) return [];
  return Object.keys(ENCRYPTED_FIELDS[model as EncryptedModel].fields);
}

/** Every encrypted field name of any model: a read result is decrypted under these names. */
export const ENCRYPTED_FIELD_NAMES: ReadonlySet<string> = new Set(
  Object.values(ENCRYPTED_FIELDS).flatMap((model) => Object.keys(model.fields)),
);
