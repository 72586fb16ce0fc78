import { familyQuestions, knownProviders } from "../../../domain/entry-questions.ts";
import { type BotDeps, societyOf } from "../../deps.ts";
import type { LogModalAsks } from "./views/log-modal-view.ts";

/** What the society's rulesets ask an entry for beyond the UK's fields. */
export function societyAsks(deps: BotDeps) {
  const family = societyOf(deps).rulesets;
  return { family, asked: familyQuestions(family) };
}

/** The logging form's extra questions: those any of the society's rulesets asks. */
export function logModalAsks(deps: BotDeps): LogModalAsks {
  const { family, asked } = societyAsks(deps);
  return {
    caseDiscussions: asked.caseDiscussions.length > 0,
    recorded: asked.recorded.length > 0,
    providers: asked.provider.length > 0 ? knownProviders(family) : [],
    approvedInAdvance: asked.approvedInAdvance.length > 0,
    faceToFace: asked.faceToFace.length > 0,
  };
}
