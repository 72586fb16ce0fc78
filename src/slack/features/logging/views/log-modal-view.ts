import type { InputBlock, KnownBlock, ModalView, PlainTextOption } from "@slack/types";
import {
  ACTIVITY_KINDS,
  type SupervisionFormat,
  type SupervisionMode,
} from "../../../../domain/activity.ts";
import { KIND_WORDS } from "../../../../domain/activity-words.ts";
import { ENTRY_LIMITS } from "../../../../domain/entry-limits.ts";
import { context, plain } from "../../../views/blocks.ts";
import { dateInput, modal, textInput } from "../../../views/inputs.ts";
import { SLACK_LIMITS } from "../../../views/limits.ts";

/** The logging modal's block ids: each names the field of the log-entry service it holds. */
export const LOG_FIELDS = {
  kind: "kind",
  occurredOn: "occurredOn",
  count: "count",
  groupSessions: "groupSessions",
  caseDiscussions: "caseDiscussions",
  recorded: "recorded",
  provider: "provider",
  approvedInAdvance: "approvedInAdvance",
  faceToFace: "faceToFace",
  hours: "hours",
  mode: "mode",
  format: "format",
  counterpart: "counterpart",
  note: "note",
} as const;

/** Questions the society's criteria add to the form. */
export interface LogModalAsks {
  caseDiscussions?: boolean;
  recorded?: boolean;
  /** The providers the criteria count, shown as examples; asked when given. */
  providers?: readonly string[];
  approvedInAdvance?: boolean;
  faceToFace?: boolean;
}

/** What the form starts from, e.g. a queried entry being corrected. */
export interface LogModalInitial {
  kind?: string | null;
  /** "YYYY-MM-DD"; pass today for a new entry. */
  occurredOn?: string | null;
  count?: number | null;
  groupSessions?: number | null;
  caseDiscussions?: number | null;
  recorded?: boolean | null;
  provider?: string | null;
  approvedInAdvance?: boolean | null;
  faceToFace?: boolean | null;
  hours?: number | null;
  mode?: string | null;
  format?: string | null;
  counterpartUserId?: string | null;
  note?: string | null;
}

export const PRIVACY_REMINDER =
  ":lock: Balint groups are confidential and discuss patients: never include patient details in a note. Your notes are seen only by you and your supervisor.";

const MODE_CHOICES: readonly (readonly [SupervisionMode, string])[] = [
  ["face_to_face", "Face to face"],
  ["video", "Video"],
  ["telephone", "Telephone"],
];
const FORMAT_CHOICES: readonly (readonly [SupervisionFormat, string])[] = [
  ["individual", "Individual"],
  ["group", "Group"],
];
const YES_NO: readonly (readonly [string, string])[] = [
  ["yes", "Yes"],
  ["no", "No"],
];
const WHERE_CHOICES: readonly (readonly [string, string])[] = [
  ["yes", "Face to face"],
  ["no", "Online"],
];
const KIND_CHOICES = ACTIVITY_KINDS.map((kind) => [kind, KIND_WORDS[kind].label] as const);

function input(
  blockId: string,
  label: string,
  element: InputBlock["element"],
  options: { hint?: string; optional?: boolean } = {},
): InputBlock {
  return {
    type: "input",
    block_id: blockId,
    label: plain(label, 2000),
    ...(options.hint ? { hint: plain(options.hint, 2000) } : {}),
    optional: options.optional ?? false,
    element,
  };
}

function select(
  blockId: string,
  choices: readonly (readonly [string, string])[],
  initialValue: string | null | undefined,
): InputBlock["element"] {
  const options: PlainTextOption[] = choices.map(([value, text]) => ({
    text: plain(text, SLACK_LIMITS.optionText),
    value,
  }));
  const initial = options.find((option) => option.value === initialValue);
  return {
    type: "static_select",
    action_id: blockId,
    placeholder: plain("Choose…", 150),
    options,
    ...(initial ? { initial_option: initial } : {}),
  };
}

function numberInput(
  blockId: string,
  range: { min: number; max: number; decimal: boolean },
  initial: number | null | undefined,
): InputBlock["element"] {
  return {
    type: "number_input",
    action_id: blockId,
    is_decimal_allowed: range.decimal,
    min_value: String(range.min),
    max_value: String(range.max),
    ...(initial === null || initial === undefined ? {} : { initial_value: String(initial) }),
  };
}

/** Asked only when the society's criteria count case discussions (e.g. BSANZ's). */
function caseDiscussionsBlocks(initial: LogModalInitial): KnownBlock[] {
  const f = LOG_FIELDS;
  return [
    input(
      f.caseDiscussions,
      "Case discussions (co-led and led only)",
      numberInput(
        f.caseDiscussions,
        {
          min: ENTRY_LIMITS.caseDiscussions.min,
          max: ENTRY_LIMITS.caseDiscussions.max,
          decimal: false,
        },
        initial.caseDiscussions,
      ),
      { hint: "How many cases were discussed in the sessions of this entry.", optional: true },
    ),
  ];
}

const yesNo = (value: boolean | null | undefined) =>
  value === true ? "yes" : value === false ? "no" : null;

/** Asked only when the society's criteria read them (e.g. ABS's recorded groups, BSANZ's events). */
function criteriaBlocks(initial: LogModalInitial, asks: LogModalAsks): KnownBlock[] {
  const f = LOG_FIELDS;
  const providers = asks.providers ?? [];
  return [
    ...(asks.recorded
      ? [
          input(
            f.recorded,
            "Was the supervised group recorded? (supervision only)",
            select(f.recorded, YES_NO, yesNo(initial.recorded)),
            { hint: "Video or audio recordings of the group you supervised.", optional: true },
          ),
        ]
      : []),
    ...(providers.length > 0
      ? [
          textInput({
            blockId: f.provider,
            label: "Provided by (courses only)",
            hint: `Who ran the event, e.g. ${providers.join(", ")}.`,
            maxLength: ENTRY_LIMITS.providerLength,
            optional: true,
            initialValue: initial.provider ?? null,
          }),
        ]
      : []),
    ...(asks.approvedInAdvance
      ? [
          input(
            f.approvedInAdvance,
            "Approved in advance? (courses only)",
            select(f.approvedInAdvance, YES_NO, yesNo(initial.approvedInAdvance)),
            { hint: "Whether the society approved the event before you went.", optional: true },
          ),
        ]
      : []),
    ...(asks.faceToFace
      ? [
          input(
            f.faceToFace,
            "Face to face or online?",
            select(f.faceToFace, WHERE_CHOICES, yesNo(initial.faceToFace)),
            { hint: "For group, co-led and led sessions.", optional: true },
          ),
        ]
      : []),
  ];
}

function blocksFor(initial: LogModalInitial, asks: LogModalAsks): KnownBlock[] {
  const f = LOG_FIELDS;
  return [
    input(f.kind, "What did you do?", select(f.kind, KIND_CHOICES, initial.kind)),
    dateInput({ blockId: f.occurredOn, label: "Date", initialDate: initial.occurredOn ?? null }),
    input(
      f.count,
      "How many",
      numberInput(f.count, { ...ENTRY_LIMITS.count, decimal: false }, initial.count ?? 1),
      {
        hint: `Group, co-led or led sessions in this entry (${ENTRY_LIMITS.count.min} to ${ENTRY_LIMITS.count.max}). A weekend, a course, a training day or a supervision session is one per entry.`,
        optional: true,
      },
    ),
    input(
      f.groupSessions,
      "Small-group sessions attended (weekends only)",
      numberInput(
        f.groupSessions,
        { ...ENTRY_LIMITS.groupSessions, decimal: false },
        initial.groupSessions,
      ),
      {
        hint: "How many small-group sessions you were in at the weekend. Leave it empty to count the usual number for a weekend: an assumption the leadership team may change.",
        optional: true,
      },
    ),
    ...(asks.caseDiscussions ? caseDiscussionsBlocks(initial) : []),
    ...criteriaBlocks(initial, asks),
    input(
      f.hours,
      "Hours (supervision only)",
      numberInput(
        f.hours,
        { min: ENTRY_LIMITS.hours.min, max: ENTRY_LIMITS.hours.max, decimal: true },
        initial.hours,
      ),
      {
        hint: "In quarter hours, e.g. 1.5.",
        optional: true,
      },
    ),
    input(f.mode, "How (supervision only)", select(f.mode, MODE_CHOICES, initial.mode), {
      optional: true,
    }),
    input(
      f.format,
      "Individual or group (supervision only)",
      select(f.format, FORMAT_CHOICES, initial.format),
      {
        optional: true,
      },
    ),
    input(
      f.counterpart,
      "Co-leader or supervisor",
      {
        type: "users_select",
        action_id: f.counterpart,
        placeholder: plain("Choose a person", 150),
        ...(initial.counterpartUserId ? { initial_user: initial.counterpartUserId } : {}),
      },
      {
        hint: "For co-led, led and supervision sessions: the person who confirms it. Leave it empty to ask your supervisor.",
        optional: true,
      },
    ),
    context(PRIVACY_REMINDER),
    textInput({
      blockId: f.note,
      label: "Private note",
      hint: "Never include patient details. Seen only by you and your supervisor.",
      maxLength: ENTRY_LIMITS.noteLength,
      multiline: true,
      optional: true,
      initialValue: initial.note ?? null,
    }),
  ];
}

/**
 * The logging modal, pure. Another feature can reuse it with its own callback id and metadata,
 * e.g. to correct a queried entry with `initial` filled from that entry.
 */
export function logModalView(options: {
  callbackId: string;
  privateMetadata: string;
  initial?: LogModalInitial;
  /** What beyond the UK's fields the society's criteria ask an entry for. */
  asks?: LogModalAsks;
  title?: string;
  submit?: string;
}): ModalView {
  return modal({
    callbackId: options.callbackId,
    title: options.title ?? "Log a session",
    submit: options.submit ?? "Log it",
    close: "Cancel",
    blocks: blocksFor(options.initial ?? {}, options.asks ?? {}),
    privateMetadata: options.privateMetadata,
  });
}
