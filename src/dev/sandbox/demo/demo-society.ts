import type { NewChannel, NewUser } from "../../emulator/index.ts";

export interface DemoPerson {
  id: string;
  /** The Slack handle, as in `<@U…|handle>`. */
  name: string;
  realName: string;
  /** What the person is in the demo, shown in the page's picker. */
  role: string;
}

/** The small society the sandbox starts with. */
export const DEMO_PEOPLE = {
  admin: { id: "U0ADMIN01", name: "alex.morgan", realName: "Alex Morgan", role: "admin" },
  leader: {
    id: "U0LEADER1",
    name: "amira.ahmed",
    realName: "Dr Amira Ahmed",
    role: "accredited leader",
  },
  trainee: { id: "U0TRAINEE", name: "sam.patel", realName: "Sam Patel", role: "trainee" },
  member: {
    id: "U0SUBCOM1",
    name: "jo.whitfield",
    realName: "Jo Whitfield",
    role: "subcommittee member",
  },
  newcomer: { id: "U0NEWBIE1", name: "nia.evans", realName: "Nia Evans", role: "newcomer" },
} as const satisfies Record<string, DemoPerson & NewUser>;

export const DEMO_CHANNELS = {
  leadership: {
    id: "C0LEADERS",
    name: "leadership-team",
    members: [DEMO_PEOPLE.leader.id, DEMO_PEOPLE.member.id, DEMO_PEOPLE.admin.id],
    isPrivate: true,
  },
  subcommittee: {
    id: "C0SUBCOMM",
    name: "leadership-subcommittee",
    members: [DEMO_PEOPLE.member.id, DEMO_PEOPLE.leader.id],
    isPrivate: true,
  },
} as const satisfies Record<string, NewChannel>;

export const DEMO_PEOPLE_LIST: readonly DemoPerson[] = Object.values(DEMO_PEOPLE);

export function demoPerson(userId: string): DemoPerson | undefined {
  return DEMO_PEOPLE_LIST.find((person) => person.id === userId);
}
