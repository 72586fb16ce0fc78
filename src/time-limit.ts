/**
 * What `work` comes to, or, when it takes longer than `ms`, what `late` returns (or throws). The
 * timer is cleared either way; `work` itself goes on, and its late result is simply not waited for.
 */
export async function within<T, L>(work: Promise<T>, ms: number, late: () => L): Promise<T | L> {
  const timedOut = Symbol("timed out");
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof timedOut>((resolve) => {
    timer = setTimeout(() => resolve(timedOut), ms);
  });
  try {
    const first = await Promise.race([work, timeout]);
    return first === timedOut ? late() : (first as T);
  } finally {
    clearTimeout(timer);
  }
}
