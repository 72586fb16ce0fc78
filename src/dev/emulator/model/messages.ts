import type { EmulatedMessage, EphemeralMessage, SlackBlock } from "../types.ts";

export interface MessagePatch {
  text?: string;
  blocks?: SlackBlock[];
  metadata?: unknown;
  editedTs?: string;
}

/** Messages in their current state: updates applied, deletions removed. */
export class MessageStore {
  private byChannel = new Map<string, EmulatedMessage[]>();
  private ephemerals: EphemeralMessage[] = [];

  post(message: EmulatedMessage): EmulatedMessage {
    const list = this.byChannel.get(message.channel) ?? [];
    list.push(message);
    this.byChannel.set(message.channel, list);
    return message;
  }

  find(channel: string, ts: string): EmulatedMessage | undefined {
    return this.byChannel.get(channel)?.find((message) => message.ts === ts);
  }

  /** Fields left undefined keep their old value, as chat.update does. */
  update(channel: string, ts: string, patch: MessagePatch): EmulatedMessage | undefined {
    const message = this.find(channel, ts);
    if (!message) return undefined;
    if (patch.text !== undefined) message.text = patch.text;
    if (patch.blocks !== undefined) message.blocks = patch.blocks;
    if (patch.metadata !== undefined) message.metadata = patch.metadata;
    if (patch.editedTs !== undefined) message.editedTs = patch.editedTs;
    return message;
  }

  delete(channel: string, ts: string): boolean {
    const list = this.byChannel.get(channel);
    const index = list?.findIndex((message) => message.ts === ts) ?? -1;
    if (!list || index < 0) return false;
    list.splice(index, 1);
    return true;
  }

  /** A deleted file leaves the messages that shared it; a message left empty goes too. */
  removeFile(fileId: string): void {
    for (const [channel, list] of this.byChannel) {
      const kept = list.filter((message) => {
        if (!message.files?.some((file) => file.id === fileId)) return true;
        message.files = message.files.filter((file) => file.id !== fileId);
        return message.files.length > 0 || message.text !== "";
      });
      this.byChannel.set(channel, kept);
    }
  }

  in(channel: string): EmulatedMessage[] {
    return [...(this.byChannel.get(channel) ?? [])];
  }

  addEphemeral(message: EphemeralMessage): EphemeralMessage {
    this.ephemerals.push(message);
    return message;
  }

  findEphemeral(channel: string, ts: string): EphemeralMessage | undefined {
    return this.ephemerals.find((message) => message.channel === channel && message.ts === ts);
  }

  replaceEphemeral(channel: string, ts: string, patch: MessagePatch): EphemeralMessage | undefined {
    const message = this.findEphemeral(channel, ts);
    if (!message) return undefined;
    if (patch.text !== undefined) message.text = patch.text;
    if (patch.blocks !== undefined) message.blocks = patch.blocks;
    return message;
  }

  deleteEphemeral(channel: string, ts: string): boolean {
    const before = this.ephemerals.length;
    this.ephemerals = this.ephemerals.filter(
      (message) => !(message.channel === channel && message.ts === ts),
    );
    return this.ephemerals.length < before;
  }

  ephemeralsFor(userId: string): EphemeralMessage[] {
    return this.ephemerals.filter((message) => message.user === userId);
  }

  reset(): void {
    this.byChannel.clear();
    this.ephemerals = [];
  }
}
