import { z } from "zod";

/** Reads a "yes"/"no" radio answer as a boolean before `schema` checks it. */
export function yesNoAnswer<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === "yes" ? true : value === "no" ? false : value), schema);
}

/** Reads a number input's text as a number before `schema` checks it. */
export function numberAnswer<T extends z.ZodType>(schema: T) {
  return z.preprocess(
    (value) =>
      typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : value,
    schema,
  );
}
