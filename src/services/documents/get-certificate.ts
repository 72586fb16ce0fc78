import { z } from "zod";
import { AppError } from "../../domain/app-error.ts";
import type { SocietyNames } from "../../domain/societies.ts";
import type { ServiceContext } from "../context.ts";
import { idInput, parseInput } from "../inputs.ts";
import { type Certificate, certificateSociety } from "./certificate-pdf.ts";
import { nameOf } from "./get-application-document.ts";

const inputSchema = z.object({
  personId: idInput,
  accreditedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

/**
 * What a newly accredited person's certificate says, in the names of the society the bot serves
 * (from configuration). For the bot's own delivery; reads only.
 */
export async function getCertificate(
  ctx: ServiceContext,
  input: z.input<typeof inputSchema>,
  society: SocietyNames,
): Promise<Certificate> {
  const { personId, accreditedOn } = parseInput(inputSchema, input);
  const person = await ctx.db.person.findUnique({
    where: { id: personId },
    select: { slackUserId: true, displayName: true },
  });
  if (!person) throw new AppError("NOT_FOUND", "That person no longer exists.", { personId });
  return { ...certificateSociety(society), personName: nameOf(person), accreditedOn };
}
