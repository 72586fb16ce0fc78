/**
 * The patient-details guard: finds what looks like a patient's details in free text, so that it
 * can be refused before anything is stored. Pure: no Slack, no database.
 *
 * It looks for:
 * - NHS numbers: 10 digits, together or spaced/hyphenated 3-3-4, with a valid modulus-11 check
 *   digit (a 10-digit number with a wrong check digit passes: it is not an NHS number);
 * - a date of birth: a date next to "DOB", "d.o.b.", "date of birth" or "born";
 * - hospital, MRN, NHS or patient numbers introduced as such ("MRN 1234567", "hospital no. A12345");
 * - a patient's title and surname: Mr, Mrs, Ms, Miss or Mx followed by a capitalised name
 *   ("Mrs Patel", "Mr. Jones"). Dr, Prof and other professional titles are colleagues and
 *   pass ("Dr Ahmed"); so does a title with an initial only ("Mrs P."), the usual way a case is
 *   anonymised;
 * - full UK postcodes ("SW1A 1AA"; an outward code alone, "SW1A", passes).
 * There is no override: a false positive is avoided by rewording.
 */

export type PatientDetailKind =
  | "nhs_number"
  | "date_of_birth"
  | "record_number"
  | "name"
  | "postcode";

export interface PatientDetail {
  kind: PatientDetailKind;
  /** The words found, as typed, to quote back to the person who typed them. */
  fragment: string;
}

const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const DATE = `(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\.?,?\\s+\\d{2,4}|${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|${MONTH}\\.?\\s+\\d{4})`;
const BIRTH_WORD = "(?:d\\.?\\s?o\\.?\\s?b\\b\\.?|date\\s+of\\s+birth|born(?:\\s+on|\\s+in)?)";

const NHS_CANDIDATE = /(?<![\d-])(\d{3})([ -]?)(\d{3})\2(\d{4})(?![\d-])/g;
const DATE_OF_BIRTH = new RegExp(
  `${BIRTH_WORD}\\s*[:=-]?\\s*${DATE}|${DATE}\\s*\\(?\\s*${BIRTH_WORD}\\)?`,
  "gi",
);
const RECORD_NUMBER =
  /\b(?:hospital|hosp\.?|mrn|medical\s+record|case\s+note|unit|patient|nhs|chi)\s*(?:number|no\.?|num\.?|#|id)?\s*(?:is|was|:|=|#|-)?\s*(?:[A-Z]{0,3}\d{4,}[A-Z]?|\d{3}[ -]\d{3}[ -]\d{4})\b/gi;
const TITLE_AND_SURNAME =
  /\b(?:Mrs|Mr|Ms|Miss|Mx|MRS|MR|MS|MISS|MX)\.?\s+[A-Z](?:['’]?[A-Za-z])*[a-z](?:-[A-Z][a-z]+)?\b/g;
const POSTCODE =
  /\b(?:[A-Z]{1,2}\d[A-Z\d]?\s*\d[ABD-HJLNP-UW-Z]{2}|[a-z]{1,2}\d[a-z\d]?\s*\d[abd-hjlnp-uw-z]{2})\b/g;

/** Every patient detail in `text`, in the order they appear. */
export function findPatientDetails(text: string): PatientDetail[] {
  const found: { at: number; end: number; detail: PatientDetail }[] = [];
  const add = (kind: PatientDetailKind, match: RegExpExecArray) =>
    found.push({
      at: match.index,
      end: match.index + match[0].length,
      detail: { kind, fragment: match[0].trim() },
    });
  for (const match of text.matchAll(NHS_CANDIDATE)) {
    const digits = `${match[1]}${match[3]}${match[4]}`;
    if (isValidNhsNumber(digits)) add("nhs_number", match);
  }
  for (const match of text.matchAll(DATE_OF_BIRTH)) add("date_of_birth", match);
  for (const match of text.matchAll(RECORD_NUMBER)) add("record_number", match);
  for (const match of text.matchAll(TITLE_AND_SURNAME)) add("name", match);
  for (const match of text.matchAll(POSTCODE)) add("postcode", match);
  // One finding per stretch of text: "NHS no 943 476 5919" is a record number, not two findings.
  const ordered = found.sort((a, b) => a.at - b.at || b.end - a.end);
  return ordered
    .filter((finding, i) => ordered.slice(0, i).every((earlier) => earlier.end <= finding.at))
    .map(({ detail }) => detail);
}

/** NHS numbers end in a modulus-11 check digit over the first nine (weights 10 down to 2). */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  const sum = [...digits.slice(0, 9)].reduce((total, d, i) => total + Number(d) * (10 - i), 0);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

const WHAT: Record<PatientDetailKind, string> = {
  nhs_number: "an NHS number",
  date_of_birth: "a date of birth",
  record_number: "a hospital or record number",
  name: "a patient's name",
  postcode: "a postcode",
};

/** What the person who typed it is told: the fragment quoted, and how to go on. */
export function patientDetailsMessage(detail: PatientDetail): string {
  return `“${detail.fragment}” looks like ${WHAT[detail.kind]}. Balint groups are confidential: please remove it (say "the patient" or use an initial) and send again. Nothing has been saved.`;
}

/** A zod refinement for free-text fields: refuses text with patient details, quoting the first. */
export function refusePatientDetails(
  text: string | null | undefined,
  ctx: { addIssue: (issue: { code: "custom"; message: string }) => void },
): void {
  const [first] = text ? findPatientDetails(text) : [];
  if (first) ctx.addIssue({ code: "custom", message: patientDetailsMessage(first) });
}
