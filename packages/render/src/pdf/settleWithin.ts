/**
 * Waits for `work` to settle, but at most `ms` milliseconds; resolves `true` when it settled in time
 * (fulfilled or rejected alike), `false` otherwise. Never rejects, and leaves no timer behind. For cleanup
 * steps that may hang on a broken browser (closing a page mid-navigation, closing a crashed browser): the
 * caller goes on, and kills what did not close.
 */
export async function settleWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([
      work.then(
        () => true,
        () => true,
      ),
      late,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
