import { z } from "zod";
import type { Workspace } from "../model/workspace.ts";
import type { EmulatedUser } from "../types.ts";
import { defineMethod, failure } from "./define.ts";

/** Slack's `tz_label` and `tz_offset` (seconds east of UTC) for a zone at a moment. */
export function timeZoneDetails(tz: string, atMs: number): { tz_label: string; tz_offset: number } {
  try {
    const part = (locale: string, style: "long" | "longOffset") =>
      new Intl.DateTimeFormat(locale, { timeZone: tz, timeZoneName: style })
        .formatToParts(atMs)
        .find((p) => p.type === "timeZoneName")?.value ?? "";
    const offset = /GMT([+-])(\d{2}):(\d{2})/.exec(part("en-US", "longOffset"));
    const seconds = offset
      ? (offset[1] === "-" ? -1 : 1) * (Number(offset[2]) * 3600 + Number(offset[3]) * 60)
      : 0;
    return { tz_label: part("en-GB", "long") || tz, tz_offset: seconds };
  } catch {
    return { tz_label: tz, tz_offset: 0 };
  }
}

/** A user object as users.info returns it. */
export function userObject(workspace: Workspace, user: EmulatedUser, atMs: number) {
  return {
    id: user.id,
    team_id: workspace.teamId,
    name: user.name,
    deleted: user.deleted,
    real_name: user.realName,
    tz: user.tz,
    ...timeZoneDetails(user.tz, atMs),
    is_admin: false,
    is_owner: false,
    is_bot: user.isBot,
    is_app_user: false,
    updated: Math.floor(atMs / 1000),
    profile: {
      real_name: user.realName,
      real_name_normalized: user.realName,
      display_name: user.displayName,
      display_name_normalized: user.displayName,
      team: workspace.teamId,
      ...(user.email === undefined ? {} : { email: user.email }),
      ...(user.isBot ? { bot_id: workspace.botId } : {}),
    },
  };
}

export const usersInfo = defineMethod(z.object({ user: z.string().optional() }), (state, args) => {
  const user = args.user ? state.workspace.user(args.user) : undefined;
  if (!user) return failure("user_not_found");
  return { ok: true, user: userObject(state.workspace, user, state.nowMs()) };
});

/** Slack matches the address without regard to case; a deactivated account is not found. */
export const usersLookupByEmail = defineMethod(
  z.object({ email: z.string().min(1) }),
  (state, args) => {
    const wanted = args.email.trim().toLowerCase();
    const user = state.workspace
      .allUsers()
      .find((u) => !u.deleted && u.email !== undefined && u.email.toLowerCase() === wanted);
    if (!user) return failure("users_not_found");
    return { ok: true, user: userObject(state.workspace, user, state.nowMs()) };
  },
);
