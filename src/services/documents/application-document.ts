import type { ChecklistSnapshot } from "../applications/checklist-snapshot.ts";

/** One kind of activity in one year: how many entries, units and hours, and how many confirmed. */
export interface KindYearSummary {
  kind: string;
  year: string;
  entries: number;
  /** Sessions (or weekends, courses, days) recorded. */
  count: number;
  /** Of those, confirmed. */
  confirmed: number;
  /** Supervision only: total hours. */
  hours: number | null;
}

/** What the application's PDF shows. Dates are "YYYY-MM-DD" in the society's time zone. */
export interface ApplicationDocument {
  applicationId: number;
  /** 1 for the first submission, 2 after the first resubmission, and so on. */
  version: number;
  traineeName: string;
  status: string;
  rulesetId: string;
  submittedOn: string | null;
  madeOn: string;
  statement: string;
  checklist: ChecklistSnapshot;
  entries: KindYearSummary[];
  competencies: {
    competency: string;
    rating: string;
    supervisor: string;
    signedOn: string;
    comment: string | null;
  }[];
  report: {
    supervisor: string;
    submittedOn: string;
    readyToApply: boolean;
    discussedWithTrainee: boolean;
    text: string;
  } | null;
  /** The trainee's notes, oldest first: null unless they chose to include them when applying. */
  notes: { occurredOn: string; kind: string; note: string }[] | null;
}
