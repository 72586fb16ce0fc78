/** What the renderer may look up: names for mentions and the people a user select offers. */
export interface Directory {
  userName(userId: string): string | undefined;
  channelName(channelId: string): string | undefined;
  people(): readonly { id: string; name: string }[];
}

/** A directory over fixed lists, for the sandbox and for tests. */
export function directoryOf(
  people: readonly { id: string; name: string }[],
  channels: readonly { id: string; name: string }[] = [],
): Directory {
  const users = new Map(people.map((person) => [person.id, person.name]));
  const channelNames = new Map(channels.map((channel) => [channel.id, channel.name]));
  return {
    userName: (id) => users.get(id),
    channelName: (id) => channelNames.get(id),
    people: () => people,
  };
}
