/** Deterministic id sources shaped like Slack's, so that runs are reproducible. */
export class IdSource {
  private lastTsMicros = 0;
  private counters = new Map<string, number>();

  constructor(private readonly nowMs: () => number) {}

  /** Message timestamps: "1764150000.000100", strictly increasing even within one millisecond. */
  nextTs(): string {
    const candidate = Math.floor(this.nowMs()) * 1000;
    this.lastTsMicros = Math.max(candidate, this.lastTsMicros + 100);
    return formatMicros(this.lastTsMicros);
  }

  /** "V0000000001"-style view ids. */
  nextViewId(): string {
    return `V${this.next("view").toString().padStart(10, "0")}`;
  }

  /** "1764150000.0000000a"-style view hashes; a new one on every change. */
  nextHash(): string {
    const seconds = Math.floor(this.nowMs() / 1000);
    return `${seconds}.${this.next("hash").toString(16).padStart(8, "0")}`;
  }

  /** "1764150000.1.000000000000000000000000000001"-style trigger ids. */
  nextTriggerId(): string {
    const n = this.next("trigger");
    const seconds = Math.floor(this.nowMs() / 1000);
    return `${seconds}.${n}.${n.toString(16).padStart(32, "0")}`;
  }

  nextResponseUrlId(): string {
    return `R${this.next("response_url").toString().padStart(8, "0")}`;
  }

  /** "F0000000001"-style file ids. */
  nextFileId(): string {
    return `F${this.next("file").toString().padStart(10, "0")}`;
  }

  nextEventId(): string {
    return `Ev${this.next("event").toString().padStart(9, "0")}`;
  }

  private next(kind: string): number {
    const value = (this.counters.get(kind) ?? 0) + 1;
    this.counters.set(kind, value);
    return value;
  }
}

function formatMicros(micros: number): string {
  const seconds = Math.floor(micros / 1_000_000);
  const fraction = (micros % 1_000_000).toString().padStart(6, "0");
  return `${seconds}.${fraction}`;
}
