/** Retries come quickly in these tests; the pacing itself is the outbox's unit of work, tested apart. */
export const FAST_DELIVERY = {
  pollMs: 100,
  firstBackoffMs: 50,
  maxBackoffMs: 400,
  maxAttempts: 4,
  leaseMs: 5_000,
  requestTimeoutMs: 400,
};
