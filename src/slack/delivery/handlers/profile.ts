import { getRuleset } from "../../../domain/rulesets/index.ts";
import { profileToTell } from "../../../services/delivery/delivery-reads.ts";
import { serviceContext } from "../../deps.ts";
import { profileSavedMessage } from "../../features/profile/views/profile-saved.ts";
import { directMessageOnce } from "../post-once.ts";
import type { EffectHandler } from "./types.ts";

/** The trainee hears what their profile now says, which criteria apply, and why. */
export const tellProfileSaved: EffectHandler<"profile.saved"> = async (
  { deps, client, item },
  effect,
) => {
  const told = await profileToTell(serviceContext(deps), effect.personId);
  if (!told) return;
  const { profile, basis } = told;
  await directMessageOnce(
    client,
    item,
    { slackUserId: profile.person.slackUserId, part: "trainee" },
    profileSavedMessage(
      { ...profile, pathwayStartLocked: profile.pathwayStartSetById !== null },
      getRuleset(profile.rulesetId),
      deps.config.SLASH_COMMAND,
      basis,
    ),
  );
};
