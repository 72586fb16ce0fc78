import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { z } from "zod";

/** A shortcut as the app's manifest declares it: the lightning menu's, or a message's. */
export interface Shortcut {
  name: string;
  type: "global" | "message";
  callbackId: string;
}

const manifestShortcuts = z.object({
  features: z.object({
    shortcuts: z
      .array(
        z.object({
          name: z.string(),
          type: z.enum(["global", "message"]),
          callback_id: z.string(),
        }),
      )
      .default([]),
  }),
});

/** The shortcuts in the app's manifest, so the page offers exactly what Slack would. */
export function readShortcuts(manifestPath = "manifests/http.yaml"): Shortcut[] {
  const manifest = manifestShortcuts.parse(parse(readFileSync(manifestPath, "utf8")));
  return manifest.features.shortcuts.map((s) => ({
    name: s.name,
    type: s.type,
    callbackId: s.callback_id,
  }));
}
