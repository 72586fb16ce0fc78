import { getRuleset } from "../../../domain/rulesets/index.ts";
import { profileToTell } from "../../../services/delivery/delivery-reads.ts";
import { profileSavedMessage } from "../../features/profile/views/profile-saved.ts";
import { directMessageOnce } from "../post-once.ts";
import type { EffectHandler } from "./types.ts";

export const tellProfileSaved: EffectHandler<"profile.saved"> = async (
  { deps, client, item },
  effect,
) => {
  const profile = await profileToTell(deps.db, effect.personId);
  if (!profile) return;
  await directMessageOnce(
    client,
    item,
    { slackUserId: profile.person.slackUserId, part: "trainee" },
    profileSavedMessage(profile, getRuleset(profile.rulesetId), deps.config.SLASH_COMMAND),
  );
};
