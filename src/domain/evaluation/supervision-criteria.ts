import { COMPETENCIES } from "../competencies.ts";
import type { CriterionResult, CriterionStatus, TraineeFacts } from "../progress.ts";
import type {
  CompetenciesCriterion,
  PortfolioCriterion,
  ReportCriterion,
  Ruleset,
  SupervisionCriterion,
} from "../ruleset.ts";
import { countingEntries, roundAmount, sumHours } from "./tally.ts";
import { confirmationBreakdown, formatAmount, inParentheses } from "./wording.ts";

/** The latest report is in and says the trainee is ready to apply. */
function reportSaysReady(facts: TraineeFacts): boolean {
  return facts.report?.submitted === true && facts.report.readyToApply;
}

/** The latest report is in and says not yet. */
function reportSaysNotYet(facts: TraineeFacts): boolean {
  return facts.report?.submitted === true && !facts.report.readyToApply;
}

function supervisionStatus(facts: TraineeFacts, hoursLogged: number): CriterionStatus {
  if (reportSaysReady(facts)) return "met";
  if (reportSaysNotYet(facts)) return "in_progress";
  return facts.hasActiveSupervisor || hoursLogged > 0 ? "in_progress" : "missing";
}

/**
 * Supervision has no fixed amount (need 0): it lasts "until the supervisor is happy to do a
 * written report and leader feels ready to apply", so it is met once the latest report says
 * ready. A report that says not yet keeps it in progress. Hours logged are shown.
 */
export function evaluateSupervision(
  criterion: SupervisionCriterion,
  facts: TraineeFacts,
): CriterionResult {
  const { confirmed, claimed } = sumHours(facts.entries, criterion.activityKind);
  const have = roundAmount(confirmed + claimed);
  const status = supervisionStatus(facts, have);
  const hours = `${formatAmount(have)} ${have === 1 ? "hour" : "hours"} logged${inParentheses(confirmationBreakdown(confirmed, claimed))}`;
  const supervisor = facts.hasActiveSupervisor
    ? "supervisor in place"
    : "no supervisor at the moment";
  const explanations: Record<CriterionStatus, string> = {
    met: `${hours}; your supervisor's report says you are ready to apply`,
    in_progress: reportSaysNotYet(facts)
      ? `${hours}; ${supervisor}; your supervisor's latest report says not yet, so it continues`
      : `${hours}; ${supervisor}; it continues until your supervisor writes the report`,
    missing: "no supervisor yet; ask an accredited leader to supervise you",
    discretion: hours,
  };
  return {
    id: criterion.id,
    title: criterion.title,
    status,
    have,
    need: 0,
    confirmed,
    claimed,
    unit: "hours",
    explanation: `${criterion.title}: ${explanations[status]}.`,
  };
}

/** Met when every listed competency's latest rating is "demonstrated". */
export function evaluateCompetencies(
  criterion: CompetenciesCriterion,
  facts: TraineeFacts,
  ruleset: Ruleset,
): CriterionResult {
  const rated = criterion.competencies.filter((id) => facts.competencies[id] !== undefined);
  const demonstrated = rated.filter((id) => facts.competencies[id] === "demonstrated");
  const toShow = criterion.competencies.filter((id) => !demonstrated.includes(id));
  const need = criterion.competencies.length;
  const have = demonstrated.length;
  const status = have >= need ? "met" : rated.length > 0 ? "in_progress" : "missing";
  const stillToShow = toShow
    .map((id) => {
      const title =
        ruleset.competencyWording?.[id]?.title ?? COMPETENCIES.find((c) => c.id === id)?.title;
      return `${id} ${title}${facts.competencies[id] === "developing" ? " (developing)" : ""}`;
    })
    .join(", ");
  const explanation = `${criterion.title} ${have} of ${need} demonstrated${toShow.length > 0 ? `; still to show: ${stillToShow}` : ""}.`;
  return {
    id: criterion.id,
    title: criterion.title,
    status,
    have,
    need,
    confirmed: have,
    claimed: 0,
    unit: "competencies",
    explanation,
  };
}

/**
 * Always "discretion": the subcommittee judges the portfolio. `have` is entries with a note.
 * With none at all, it is a gap the trainee acknowledges at apply.
 */
export function evaluatePortfolio(
  criterion: PortfolioCriterion,
  facts: TraineeFacts,
): CriterionResult {
  const withNotes = countingEntries(facts.entries).filter((entry) => entry.hasNote);
  const confirmed = withNotes.filter((entry) => entry.state === "confirmed").length;
  const have = withNotes.length;
  const explanation =
    have === 0
      ? `${criterion.title}: no notes yet. The leadership subcommittee judges the portfolio, and with no notes here they have nothing from your log to judge it by; keep your own notes on groups you attend and lead.`
      : `${criterion.title}: notes on ${have} logged ${have === 1 ? "entry" : "entries"}; the leadership subcommittee judges the portfolio.`;
  return {
    id: criterion.id,
    title: criterion.title,
    status: "discretion",
    have,
    need: 0,
    confirmed,
    claimed: have - confirmed,
    unit: "notes",
    explanation,
    ...(have === 0 ? { gap: true } : {}),
  };
}

/**
 * Met when the supervisor's latest report is in and says ready to apply; a report that says
 * not yet (or is not submitted) is in progress.
 */
export function evaluateReport(criterion: ReportCriterion, facts: TraineeFacts): CriterionResult {
  const report = facts.report;
  const ready = reportSaysReady(facts);
  const explanation = !report
    ? `${criterion.title}: not written yet; your supervisor writes it when they are happy you are ready.`
    : !report.submitted
      ? `${criterion.title}: started by your supervisor, not submitted yet.`
      : ready
        ? `${criterion.title}: submitted; your supervisor says you are ready to apply.`
        : `${criterion.title}: not ready; your supervisor's latest report says not yet.`;
  return {
    id: criterion.id,
    title: criterion.title,
    status: ready ? "met" : report ? "in_progress" : "missing",
    have: ready ? 1 : 0,
    need: 1,
    confirmed: ready ? 1 : 0,
    claimed: 0,
    unit: "report",
    explanation,
  };
}
