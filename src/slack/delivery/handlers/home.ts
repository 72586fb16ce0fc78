import { personById } from "../../../services/delivery/delivery-reads.ts";
import { serviceContext } from "../../deps.ts";
import { publishHome } from "../../features/home/publish-home.ts";
import type { EffectHandler } from "./types.ts";

export const refreshHome: EffectHandler<"home.refresh"> = async ({ deps, client }, effect) => {
  const person = await personById(serviceContext(deps), effect.personId);
  if (!person) return;
  await publishHome(deps, client, { teamId: person.slackTeamId, userId: person.slackUserId });
};
