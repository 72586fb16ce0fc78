import type { EmulatedFile } from "../types.ts";

interface PendingUpload {
  id: string;
  filename: string;
  length: number;
  bytes?: Buffer;
}

/** Files uploaded the files.uploadV2 way: a URL is issued, bytes are posted, then completed. */
export class FileStore {
  private pending = new Map<string, PendingUpload>();
  private completed = new Map<string, EmulatedFile>();

  begin(id: string, filename: string, length: number): void {
    this.pending.set(id, { id, filename, length });
  }

  /** Stores posted bytes for an issued upload; false when the id was never issued. */
  receive(id: string, bytes: Buffer): boolean {
    const upload = this.pending.get(id);
    if (!upload) return false;
    upload.bytes = bytes;
    return true;
  }

  /** Completes an upload whose bytes arrived; undefined when it cannot be completed. */
  complete(
    id: string,
    details: { title: string; user: string; created: number; channels: string[] },
  ): EmulatedFile | undefined {
    const upload = this.pending.get(id);
    if (!upload?.bytes) return undefined;
    this.pending.delete(id);
    const file: EmulatedFile = {
      id,
      name: upload.filename,
      title: details.title,
      size: upload.bytes.length,
      bytes: upload.bytes,
      user: details.user,
      created: details.created,
      channels: details.channels,
    };
    this.completed.set(id, file);
    return file;
  }

  find(id: string): EmulatedFile | undefined {
    return this.completed.get(id);
  }

  /** Removes a shared file; false when there is none by that id. */
  delete(id: string): boolean {
    return this.completed.delete(id);
  }

  all(): EmulatedFile[] {
    return [...this.completed.values()];
  }

  reset(): void {
    this.pending.clear();
    this.completed.clear();
  }
}
