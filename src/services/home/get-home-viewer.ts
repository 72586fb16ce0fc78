import { findPerson } from "../../db/people.ts";
import type { PersonRef } from "../../domain/person-ref.ts";
import type { ServiceContext } from "../context.ts";

export interface HomeViewerFacts {
  /** Null for someone the bot has not met yet. */
  personId: number | null;
  nudgesOptedOut: boolean;
}

/** Who is opening their App Home, as far as the bot knows them. */
export async function getHomeViewer(ctx: ServiceContext, who: PersonRef): Promise<HomeViewerFacts> {
  const person = await findPerson(ctx.db, who);
  return { personId: person?.id ?? null, nudgesOptedOut: person?.nudgesOptedOut ?? false };
}
