import type { SlackEmulator } from "../../emulator/index.ts";
import type { MovableClock } from "../clock.ts";
import type { Directory } from "../render/directory.ts";
import {
  type Conversation,
  renderConversation,
  renderHome,
  renderSidebar,
  renderTitle,
} from "../render/layout.ts";
import { renderModal } from "../render/modal.ts";
import { daysAheadText } from "../render/page.ts";
import type { Shortcut } from "../shortcuts.ts";
import type { Feed } from "../slack-side/feed.ts";

/** What the page shows one person: it polls this about once a second. */
export interface PageState {
  userId: string;
  view: string;
  today: string;
  /** "(8 days ahead of real time)", or "" */
  daysAhead: string;
  sidebar: string;
  title: string;
  main: string;
  /** Whether the command box belongs under this view (not on the Home tab). */
  composer: boolean;
  /** The top modal; `key` changes only when the modal does, so typing is never lost. */
  modal: { key: string; html: string } | null;
}

export interface PageWorld {
  emulator: SlackEmulator;
  feed: Feed;
  clock: MovableClock;
  directory: Directory;
  appName: string;
  timeZone: string;
  /** The app's shortcuts, from its manifest. */
  shortcuts: readonly Shortcut[];
}

const DAY_FORMAT = (timeZone: string) =>
  new Intl.DateTimeFormat("en-GB", {
    timeZone,
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
  });

export function buildPageState(world: PageWorld, userId: string, requested: string): PageState {
  const { emulator, feed, directory, timeZone } = world;
  const workspace = emulator.workspace;
  const dm = emulator.dmChannelFor(userId);
  const app: Conversation = {
    view: "messages",
    label: world.appName,
    isPrivate: false,
    latest: feed.latestFor(userId, dm),
  };
  const channels = workspace
    .allChannels()
    .filter((channel) => channel.members.includes(userId))
    .map((channel) => ({
      view: channel.id,
      label: channel.name,
      isPrivate: channel.isPrivate,
      latest: feed.latestFor(userId, channel.id),
    }));
  const channel = channels.find((candidate) => candidate.view === requested);
  const view = requested === "home" || channel ? requested : "messages";
  const stack = emulator.openViews(userId);
  const top = stack.at(-1);
  return {
    userId,
    view,
    today: DAY_FORMAT(timeZone).format(world.clock.now()),
    daysAhead: daysAheadText(world.clock.daysAhead),
    sidebar: renderSidebar({ workspace: workspace.teamName, app, channels, current: view }),
    title: channel
      ? renderTitle({
          label: channel.label,
          view,
          isApp: false,
          isPrivate: channel.isPrivate,
          shortcuts: world.shortcuts,
        })
      : renderTitle({ label: world.appName, view, isApp: true, shortcuts: world.shortcuts }),
    main:
      view === "home"
        ? renderHome(emulator.homeView(userId), directory)
        : renderConversation(
            feed.itemsFor(userId, channel ? channel.view : dm),
            directory,
            timeZone,
            world.shortcuts,
          ),
    composer: view !== "home",
    modal: top
      ? {
          key: `${top.id}:${top.hash}`,
          html: renderModal(top, directory, { stacked: stack.length > 1 }),
        }
      : null,
  };
}
