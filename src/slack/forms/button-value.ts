import { z } from "zod";
import { AppError } from "../../domain/app-error.ts";

/** Button values are small JSON objects; this writes them and reads them back through a schema. */
export function buttonValue<T extends Record<string, unknown>>(value: T): string {
  return JSON.stringify(value);
}

export function readButtonValue<T>(schema: z.ZodType<T>, raw: string | undefined): T {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw ?? "");
  } catch {
    parsed = undefined;
  }
  const result = schema.safeParse(parsed);
  if (!result.success) {
    throw new AppError(
      "INVALID_INPUT",
      "That button is out of date. Run the command again to get a fresh one.",
      {
        reason: "bad button value",
      },
    );
  }
  return result.data;
}

export const idValue = z.object({ id: z.number().int().positive() });
