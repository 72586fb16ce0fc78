import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { z } from "zod";
import { SHORTCUT_IDS } from "../../src/slack/features/shortcuts/ids.ts";

const manifestSchema = z.object({
  features: z.object({
    app_home: z.object({ home_tab_enabled: z.boolean(), messages_tab_enabled: z.boolean() }),
    shortcuts: z.array(
      z.object({
        name: z.string().max(24),
        type: z.enum(["global", "message"]),
        callback_id: z.string(),
        description: z.string().max(80),
      }),
    ),
    slash_commands: z.array(
      z.object({ command: z.string(), should_escape: z.boolean(), url: z.string().optional() }),
    ),
  }),
  oauth_config: z.object({ scopes: z.object({ bot: z.array(z.string()) }) }),
  settings: z.object({
    event_subscriptions: z.object({
      bot_events: z.array(z.string()),
      request_url: z.string().optional(),
    }),
    interactivity: z.object({ is_enabled: z.boolean(), request_url: z.string().optional() }),
    socket_mode_enabled: z.boolean(),
  }),
});

function manifest(name: string) {
  return manifestSchema.parse(parse(readFileSync(`manifests/${name}`, "utf8")));
}

/** What the features use: the command, posting and DMs, export files, names, and channel membership. */
const LEAST_SCOPES = [
  "channels:history",
  "channels:read",
  "chat:write",
  "commands",
  "files:write",
  "groups:history",
  "groups:read",
  "im:history",
  "im:write",
  "users:read",
  "users:read.email",
];

describe.each([
  ["socket-mode.yaml", true],
  ["http.yaml", false],
])("manifests/%s", (file, socketMode) => {
  const app = manifest(file);

  it("asks for exactly the scopes the features need", () => {
    expect([...app.oauth_config.scopes.bot].sort()).toEqual(LEAST_SCOPES);
  });

  it("has the /balint command with mentions escaped", () => {
    expect(app.features.slash_commands).toEqual([
      expect.objectContaining({ command: "/balint", should_escape: true }),
    ]);
  });

  it("has the two global shortcuts and the message shortcut the bot listens for", () => {
    expect(app.features.shortcuts.map((s) => [s.type, s.name, s.callback_id])).toEqual([
      ["global", "Log a Balint session", SHORTCUT_IDS.logSession],
      ["global", "Leadership interest form", SHORTCUT_IDS.interestForm],
      ["message", "Log as a Balint session", SHORTCUT_IDS.logFromMessage],
    ]);
  });

  it("turns on interactivity, the App Home and its event", () => {
    expect(app.settings.interactivity.is_enabled).toBe(true);
    expect(app.features.app_home.home_tab_enabled).toBe(true);
    expect(app.settings.event_subscriptions.bot_events).toEqual([
      "app_home_opened",
      "member_joined_channel",
      "member_left_channel",
    ]);
  });

  it(
    socketMode ? "uses Socket Mode, with no request URLs" : "sends everything to /slack/events",
    () => {
      expect(app.settings.socket_mode_enabled).toBe(socketMode);
      const urls = [
        app.features.slash_commands[0]?.url,
        app.settings.interactivity.request_url,
        app.settings.event_subscriptions.request_url,
      ];
      if (socketMode) expect(urls).toEqual([undefined, undefined, undefined]);
      else for (const url of urls) expect(url).toMatch(/^https:\/\/YOUR-HOST\/slack\/events$/);
    },
  );
});
