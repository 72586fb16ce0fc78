import type { KnownBlock } from "@slack/types";
import type { WebClient } from "@slack/web-api";
import { getHomeViewer } from "../../../services/home/get-home-viewer.ts";
import { type BotDeps, serviceContext } from "../../deps.ts";
import { divider } from "../../views/blocks.ts";
import { SLACK_LIMITS } from "../../views/limits.ts";
import type { HomeSection, HomeViewer } from "./home-section.ts";
import { HOME_SECTIONS } from "./sections.ts";

/** Builds and publishes one person's App Home from every section that has something for them. */
export async function publishHome(
  deps: BotDeps,
  client: WebClient,
  who: { teamId: string; userId: string },
): Promise<void> {
  const viewer: HomeViewer = { ...who, ...(await getHomeViewer(serviceContext(deps), who)) };
  const parts = await Promise.all(
    HOME_SECTIONS.map((section: HomeSection) => section(deps, viewer, client)),
  );
  await client.views.publish({
    user_id: who.userId,
    view: { type: "home", blocks: joinSections(parts) },
  });
}

/** Sections joined by dividers, within Slack's 100-block limit. */
export function joinSections(parts: readonly KnownBlock[][]): KnownBlock[] {
  const blocks = parts
    .filter((part) => part.length > 0)
    .flatMap((part, index) => (index === 0 ? part : [divider(), ...part]));
  return blocks.slice(0, SLACK_LIMITS.blocksPerView);
}
