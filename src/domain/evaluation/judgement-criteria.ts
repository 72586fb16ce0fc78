import { addMonths, formatUkDate, isIsoDate, monthsBetween } from "../dates.ts";
import type { CriterionResult, TraineeFacts } from "../progress.ts";
import type {
  NotYetKnownCriterion,
  PeriodicReportsCriterion,
  QualificationCriterion,
  QualitativeCriterion,
} from "../ruleset-v2.ts";
import { formatAmount } from "./wording.ts";

function judged(
  criterion: { id: string; title: string },
  unit: string,
  explanation: string,
): CriterionResult {
  return {
    id: criterion.id,
    title: criterion.title,
    status: "discretion",
    have: 0,
    need: 0,
    confirmed: 0,
    claimed: 0,
    unit,
    explanation,
  };
}

/** For the committee's judgement: says what they will look at. Never met or missing. */
export function evaluateQualitative(criterion: QualitativeCriterion): CriterionResult {
  return judged(
    criterion,
    "judgement",
    `${criterion.title}: for the committee's judgement; they will look at ${criterion.lookAt}.`,
  );
}

/** A part of the society's criteria not retrieved yet: shown as not yet known, never guessed. */
export function evaluateNotYetKnown(criterion: NotYetKnownCriterion): CriterionResult {
  return judged(
    criterion,
    "not yet known",
    `${criterion.title}: not yet known. The society's text for this part has not been retrieved, so there is nothing to count yet; ask the society.`,
  );
}

/** "2 years 8 months" */
function yearsAndMonths(months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const parts = [
    years > 0 ? `${years} ${years === 1 ? "year" : "years"}` : "",
    rest > 0 || years === 0 ? `${rest} ${rest === 1 ? "month" : "months"}` : "",
  ];
  return parts.filter(Boolean).join(" ");
}

function experiencePhrase(
  criterion: QualificationCriterion,
  facts: TraineeFacts,
): { met: boolean; phrase: string; asked?: string } {
  const years = criterion.yearsSince;
  if (years === undefined || !criterion.obtainedOnAnswer) return { met: true, phrase: "" };
  const obtainedOn = facts.profile.answers?.[criterion.obtainedOnAnswer];
  if (typeof obtainedOn !== "string" || !isIsoDate(obtainedOn)) {
    return {
      met: false,
      phrase: `; ${years} years' experience after it needed, and we do not know when you obtained it`,
      asked: "Tell us when you obtained it.",
    };
  }
  const enoughOn = addMonths(obtainedOn, years * 12);
  const sinceThen = Math.max(0, monthsBetween(obtainedOn, facts.asOf ?? obtainedOn));
  const met = facts.asOf !== undefined && facts.asOf >= enoughOn;
  const phrase = met
    ? `, obtained ${formatUkDate(obtainedOn)}; ${years} years' experience after it reached on ${formatUkDate(enoughOn)}`
    : `, obtained ${formatUkDate(obtainedOn)}; ${years} years' experience after it needed: ${yearsAndMonths(sinceThen)} so far (${years} years on ${formatUkDate(enoughOn)})`;
  return { met, phrase };
}

/** A qualification declared in the profile, and the years of experience since it, if asked. */
export function evaluateQualification(
  criterion: QualificationCriterion,
  facts: TraineeFacts,
): CriterionResult {
  const answer = facts.profile.answers?.[criterion.answer];
  const base = { id: criterion.id, title: criterion.title, need: 1, claimed: 0, unit: "answer" };
  if (answer === undefined || answer === null) {
    return {
      ...base,
      status: "missing",
      have: 0,
      confirmed: 0,
      explanation: `${criterion.title}: not answered yet.`,
      profileQuestion: criterion.question,
    };
  }
  if (answer !== true) {
    return {
      ...base,
      status: "missing",
      have: 0,
      confirmed: 0,
      explanation: `${criterion.title}: you have said you do not hold it yet.`,
    };
  }
  const experience = experiencePhrase(criterion, facts);
  return {
    ...base,
    status: experience.met ? "met" : "in_progress",
    have: experience.met ? 1 : 0,
    confirmed: experience.met ? 1 : 0,
    explanation: `${criterion.title}: you hold it${experience.phrase}.`,
    ...(experience.asked ? { profileQuestion: experience.asked } : {}),
  };
}

/**
 * Several supervisor's reports over time: met with at least `need` submitted and, when asked,
 * the latest saying ready to apply. Says when the next one is due.
 */
export function evaluatePeriodicReports(
  criterion: PeriodicReportsCriterion,
  facts: TraineeFacts,
): CriterionResult {
  const reports = facts.reports ?? [];
  const have = reports.length;
  const latest = reports.at(-1);
  const enough = have >= criterion.need;
  const readyOk = !criterion.latestSaysReady || latest?.readyToApply === true;
  const from = latest?.submittedOn ?? facts.pathwayStartedOn ?? undefined;
  const nextDue = from
    ? `; the next is due by ${formatUkDate(addMonths(from, criterion.everyMonths))}`
    : "";
  const latestSays = !latest
    ? ""
    : latest.readyToApply
      ? "; the latest says you are ready to apply"
      : "; the latest says not yet";
  const needsReady =
    enough && !readyOk
      ? "; the final report must say you are ready, after discussing it with you"
      : "";
  return {
    id: criterion.id,
    title: criterion.title,
    status: enough && readyOk ? "met" : have > 0 ? "in_progress" : "missing",
    have,
    need: criterion.need,
    confirmed: have,
    claimed: 0,
    unit: "reports",
    explanation: `${criterion.title}: ${formatAmount(have)} of ${formatAmount(criterion.need)} reports, one every ${criterion.everyMonths} months${latestSays}${needsReady}${enough ? "" : nextDue}.`,
  };
}
