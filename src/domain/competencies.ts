/** The five competencies, in the society's own words (criteria of February 2016). */
export const COMPETENCIES = [
  {
    id: "C1",
    title: "A safe and free environment",
    text: "Encourage the development of a safe and free environment within the group and awareness of the importance of protecting the boundaries of the group.",
  },
  {
    id: "C2",
    title: "Focus on the relationship",
    text: "Focus the work on an exploration of the relationship between patient and the doctor/ health care professional, rather than seeking solutions or teaching.",
  },
  {
    id: "C3",
    title: "Group and unconscious processes",
    text: "Awareness of group processes and unconscious processes that are likely to affect the task of the group.",
  },
  {
    id: "C4",
    title: "Open to learning about their own style",
    text: "Openness to learning about their personal style in leading a group and awareness that their attitudes and responses will influence the dynamics of the group.",
  },
  {
    id: "C5",
    title: "Ongoing development",
    text: "Recognition that becoming an accredited Balint leader is not an end in itself and will require ongoing development as a leader.",
  },
] as const;

export type CompetencyId = (typeof COMPETENCIES)[number]["id"];
export const COMPETENCY_IDS: readonly CompetencyId[] = COMPETENCIES.map((c) => c.id);

export const COMPETENCY_RATINGS = ["demonstrated", "developing", "not_observed"] as const;
export type CompetencyRating = (typeof COMPETENCY_RATINGS)[number];

export const COMPETENCY_RATING_LABELS: Record<CompetencyRating, string> = {
  demonstrated: "Demonstrated",
  developing: "Developing",
  not_observed: "Not yet observed",
};

/**
 * The competencies not yet demonstrated, from the latest rating of each (a competency never
 * rated counts as not yet observed), in the society's order.
 */
export function belowDemonstrated(
  latest: Partial<Record<CompetencyId, CompetencyRating>>,
): { id: CompetencyId; title: string; rating: CompetencyRating }[] {
  return COMPETENCIES.flatMap((c) => {
    const rating = latest[c.id] ?? "not_observed";
    return rating === "demonstrated" ? [] : [{ id: c.id, title: c.title, rating }];
  });
}
