import type { ApiResponse, FailureOptions, RecordedCall } from "../types.ts";

/** Every Web API call the emulator answered, in order. */
export class CallLog {
  private calls: RecordedCall[] = [];

  record(call: RecordedCall): void {
    this.calls.push(call);
  }

  all(): RecordedCall[] {
    return [...this.calls];
  }

  to(method: string): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  reset(): void {
    this.calls = [];
  }
}

export interface PlannedFailure {
  response: ApiResponse;
  status: number;
  retryAfterSeconds?: number;
}

/** Failures queued by tests: the next calls to a method answer with an error instead. */
export class FailurePlan {
  private queued = new Map<string, PlannedFailure[]>();

  add(method: string, error: string, options: FailureOptions = {}): void {
    const failure: PlannedFailure = {
      response: { ok: false, error },
      status: options.status ?? 200,
      ...(options.retryAfterSeconds === undefined
        ? {}
        : { retryAfterSeconds: options.retryAfterSeconds }),
    };
    const list = this.queued.get(method) ?? [];
    for (let i = 0; i < (options.times ?? 1); i++) list.push(failure);
    this.queued.set(method, list);
  }

  take(method: string): PlannedFailure | undefined {
    return this.queued.get(method)?.shift();
  }

  reset(): void {
    this.queued.clear();
  }
}
