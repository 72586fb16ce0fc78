import { z } from "zod";

/** One line of the checklist as it stood when the trainee (re)submitted. */
export interface ChecklistLine {
  title: string;
  /** met | in_progress | missing | discretion */
  status: string;
  explanation: string;
}

export interface ChecklistSnapshot {
  criteria: ChecklistLine[];
  /** What the checklist showed as missing. */
  missing: string[];
}

const snapshotSchema = z.object({
  criteria: z.array(
    z.object({ title: z.string(), status: z.string(), explanation: z.string().default("") }),
  ),
  missing: z.array(z.string()).optional(),
});

/**
 * The checklist stored with an application (its evaluation, as JSON). Anything else in it is
 * ignored; a snapshot that cannot be read shows as empty.
 */
export function readChecklistSnapshot(json: string): ChecklistSnapshot {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { criteria: [], missing: [] };
  }
  const parsed = snapshotSchema.safeParse(value);
  if (!parsed.success) return { criteria: [], missing: [] };
  const { criteria, missing } = parsed.data;
  return {
    criteria,
    missing:
      missing ??
      criteria.filter((c) => c.status !== "met" && c.status !== "discretion").map((c) => c.title),
  };
}
