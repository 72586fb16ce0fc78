import type { NewChannel, NewUser } from "../../src/dev/emulator/index.ts";

/** The people and channels of the end-to-end tests' workspace. */
export const CAST = {
  admin: { id: "U0ADMIN01", name: "alex.admin", realName: "Alex Admin" },
  leader: { id: "U0LEADER1", name: "dr.ahmed", realName: "Dr Ahmed" },
  trainee: { id: "U0TRAINEE", name: "sam.patel", realName: "Sam Patel" },
  member: { id: "U0SUBCOM1", name: "jo.member", realName: "Jo Member" },
  newcomer: { id: "U0NEWBIE1", name: "nia.new", realName: "Nia New" },
  stranger: { id: "U0STRANGE", name: "sid.stranger", realName: "Sid Stranger" },
} as const satisfies Record<string, NewUser & { name: string; realName: string }>;

export const CHANNELS = {
  leadership: {
    id: "C0LEADERS",
    name: "leadership-team",
    members: [CAST.leader.id, CAST.member.id],
  },
  subcommittee: { id: "C0SUBCOMM", name: "leadership-subcommittee", members: [CAST.member.id] },
} as const satisfies Record<string, NewChannel>;

export type CastMember = keyof typeof CAST;

/** How Slack writes a mention in an escaped slash command. */
export function escapedMention(who: CastMember): string {
  return `<@${CAST[who].id}|${CAST[who].name}>`;
}
