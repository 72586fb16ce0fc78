import type { Ruleset } from "./ruleset.ts";
import { ABS_2014 } from "./rulesets/abs-2014.ts";
import { BSANZ_2021_06 } from "./rulesets/bsanz-2021-06.ts";
import { DBG } from "./rulesets/dbg.ts";
import { BSUK_FAMILY } from "./rulesets/index.ts";

/** One of the society's own profile questions, answered in the trainee's profile. */
export interface ProfileQuestion {
  /** The answer's key in ProfileFacts.answers, used by the society's rulesets. */
  id: string;
  kind: "yes_no" | "date";
  label: string;
}

/**
 * Who the deployment serves: chosen by the SOCIETY setting. A second society is a new profile
 * (data), never new code.
 */
export interface SocietyProfile {
  id: string;
  /** "Balint Society UK" */
  name: string;
  /** The body that makes the final decision, e.g. "the Balint Council". */
  council: string;
  /** The same, once named, e.g. "the Council". */
  councilShort: string;
  /** Who answers enquiries and advises on a pathway, e.g. "the leadership team". */
  leadershipTeam: string;
  /** Who decides applications and recommends them, e.g. "the leadership subcommittee". */
  committee: string;
  /** The same, once named, e.g. "the subcommittee". */
  committeeShort: string;
  /** The yes/no membership question of the profile and the interest form. */
  membershipQuestion: string;
  /** Short label for the answer, e.g. "Member of the UK Balint Society". */
  membershipLabel: string;
  /** The rulesets a new trainee is pinned to by start date, oldest first. */
  rulesets: readonly Ruleset[];
  /** The society's own profile questions beyond membership and training. */
  questions: readonly ProfileQuestion[];
}

export const SOCIETIES = {
  bsuk: {
    id: "bsuk",
    name: "Balint Society UK",
    council: "the Balint Council",
    councilShort: "the Council",
    leadershipTeam: "the leadership team",
    committee: "the leadership subcommittee",
    committeeShort: "the subcommittee",
    membershipQuestion: "Are you a member of the UK Balint Society?",
    membershipLabel: "Member of the UK Balint Society",
    rulesets: BSUK_FAMILY,
    questions: [],
  },
  bsanz: {
    id: "bsanz",
    name: "Balint Society of Australia and New Zealand",
    council: "the BSANZ Board",
    councilShort: "the Board",
    leadershipTeam: "the Accreditation Committee",
    committee: "the Accreditation Committee",
    committeeShort: "the committee",
    membershipQuestion: "Are you a member of the Balint Society of Australia and New Zealand?",
    membershipLabel: "Member of BSANZ",
    rulesets: [BSANZ_2021_06],
    questions: [],
  },
  abs: {
    id: "abs",
    name: "American Balint Society",
    council: "the ABS Council",
    councilShort: "the Council",
    leadershipTeam: "the credentialing committee",
    committee: "the credentialing committee",
    committeeShort: "the committee",
    membershipQuestion: "Are you a member of the American Balint Society?",
    membershipLabel: "Member of the American Balint Society",
    rulesets: [ABS_2014],
    questions: [],
  },
  dbg: {
    id: "dbg",
    name: "Deutsche Balint-Gesellschaft",
    council: "the Deutsche Balint-Gesellschaft",
    councilShort: "the DBG",
    leadershipTeam: "the Deutsche Balint-Gesellschaft",
    committee: "the Deutsche Balint-Gesellschaft",
    committeeShort: "the DBG",
    membershipQuestion: "Are you a member of the Deutsche Balint-Gesellschaft (DBG)?",
    membershipLabel: "Member of the DBG",
    rulesets: [DBG],
    questions: [
      {
        id: "psychotherapyQualification",
        kind: "yes_no",
        label:
          "Do you hold a psychotherapy qualification (Zusatzbezeichnung Psychotherapie/Psychoanalyse, a specialist title in psychotherapeutic medicine, psychiatry and psychotherapy, or child and adolescent psychiatry and psychotherapy; or Approbation with psychodynamic or psychoanalytic training)?",
      },
      { id: "psychotherapyQualifiedOn", kind: "date", label: "When did you obtain it?" },
    ],
  },
} as const satisfies Record<string, SocietyProfile>;

/** The names a society's users see: the society, its Council and the committee that decides. */
export type SocietyNames = Pick<
  SocietyProfile,
  "name" | "council" | "councilShort" | "committee" | "committeeShort"
>;

export type SocietyId = keyof typeof SOCIETIES;
export const SOCIETY_IDS = Object.keys(SOCIETIES) as SocietyId[];
